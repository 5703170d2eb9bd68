import type { Db } from '../db/connection.ts';
import type { PersonalDataCipher } from '../platform/personal-data.ts';

export type DemoPark = { password: string; accounts: { username: string; role: string }[] };

/** Builds the 内江经开区 demo park through the services. */
export async function loadDemoPark(_input: { db: Db; cipher: PersonalDataCipher; tenantId: number }): Promise<DemoPark> {
  return { password: '', accounts: [] };
}
