/** The 红园 mark: a red seal with a gold character, drawn inline so it needs no asset. */
export function BrandMark({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="6" fill="#c8161d" stroke="#ffd76a" strokeWidth="1.5" />
      <text x="16" y="22.5" fontSize="17" textAnchor="middle" fill="#ffd76a" fontWeight="bold">
        红
      </text>
    </svg>
  );
}
