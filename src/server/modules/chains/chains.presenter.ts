import type { z } from 'zod';
import type { ChainEnterpriseRow, ChainWithCommittee } from './chains.repository.ts';
import type { ChainView, chainEnterpriseView } from './chains.schemas.ts';

/** `committeeVisible`: whether the caller may read the committee org; its name is withheld otherwise. */
export function presentChain(row: ChainWithCommittee, committeeVisible: boolean): ChainView {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    committeeOrgId: row.committeeOrgId,
    committeeOrgName: committeeVisible ? row.committeeName : null,
    description: row.description,
  };
}

export function presentChainEnterprise(row: ChainEnterpriseRow): z.infer<typeof chainEnterpriseView> {
  return {
    id: row.id,
    chainId: row.chainId,
    enterpriseId: row.enterpriseId,
    enterpriseName: row.enterpriseName,
    validFrom: row.validFrom,
    validTo: row.validTo,
  };
}
