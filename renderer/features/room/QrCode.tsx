import { useMemo } from 'react'
import { encode } from 'uqr'

/**
 * A QR code as SVG (uqr: small, no dependencies, a port of Nayuki's reference encoder). The code
 * becomes one path of squares drawn from the encoder's modules, so no text of the address is ever
 * put into markup; error correction M keeps it readable from the back of a room with a little glare.
 */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const { size, path } = useMemo(() => {
    const qr = encode(text, { ecc: 'M', border: 4 })
    const squares: string[] = []
    qr.data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) squares.push(`M${x} ${y}h1v1h-1z`)
      })
    )
    return { size: qr.size, path: squares.join('') }
  }, [text])
  return (
    <svg className={className} role="img" aria-label={label} viewBox={`0 0 ${size} ${size}`} shapeRendering="crispEdges" data-qr-size={size}>
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  )
}
