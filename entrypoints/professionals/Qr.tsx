/**
 * A QR code as inline SVG (qrcode-generator, MIT; drawn here from its module matrix, no markup
 * strings, no network). Setup codes are capitals, digits and `-`: the QR alphanumeric mode.
 */
import qrcode from 'qrcode-generator';

export function Qr({ text, label }: { text: string; label: string }) {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Alphanumeric');
  qr.make();
  const n = qr.getModuleCount();
  const quiet = 4;
  let path = '';
  for (let row = 0; row < n; row++)
    for (let col = 0; col < n; col++)
      if (qr.isDark(row, col)) path += `M${col + quiet} ${row + quiet}h1v1h-1z`;
  const size = n + 2 * quiet;
  return (
    <svg
      class="qr"
      role="img"
      aria-label={label}
      data-testid="generated-qr"
      viewBox={`0 0 ${size} ${size}`}
      shape-rendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
