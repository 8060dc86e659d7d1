import { BorderStyle, ImageRun, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx'
import { signatureRows } from '../../domain/signing'
import type { Signatory, Signature } from '../../domain/sla'
import { shortFingerprint } from '../../domain/sla-fingerprint'
import { sealGroups, sealedLater } from '../../domain/sla-seal'
import { paragraph, runs, safeText, type Block } from '../blocks'
import { FONT, SPACING, TEXT_WIDTH, columnWidths } from '../measures'
import { teamName } from '../../domain/vocabulary'
import type { DocContext } from '../parts/context'
import { pngFromDataUrl, signatureSize } from '../png-image'
import { STYLE } from '../styles'
import type { SlaDocumentInput } from './sla-input'

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' }
const PER_ROW = 2

interface SignatureBlock {
  signatory: Pick<Signatory, 'name' | 'role' | 'team'>
  signature: Signature | null
}

/** What is drawn above the line: the picture, the typed name in a hand-like face, or room to sign. */
function signatureMark(signature: Signature | null, ctx: DocContext): Paragraph[] {
  const t = ctx.texts.sla.signatures
  if (!signature) return [new Paragraph({ style: STYLE.tableText, spacing: { before: SPACING.signatureSpace }, children: [] })]
  if (signature.method === 'typed') {
    return [paragraph(signature.name, { style: STYLE.signatureTyped }), paragraph(t.typedNote, { style: STYLE.note })]
  }
  const image = pngFromDataUrl(signature.image)
  if (!image) return [paragraph(t.imageUnreadable, { style: STYLE.note })]
  const description = safeText(`${t.signature}: ${signature.name}`)
  return [
    new Paragraph({
      style: STYLE.tableText,
      keepNext: true,
      children: [new ImageRun({ type: 'png', data: image.data, transformation: signatureSize(image), altText: { name: description, description, title: description } })]
    })
  ]
}

function signatureCell({ signatory, signature }: SignatureBlock, width: number, ctx: DocContext): TableCell {
  const t = ctx.texts.sla.signatures
  const when = signature ? [signature.place.trim(), ctx.formats.dateTime(signature.signedAt)].filter(Boolean).join(', ') : t.notSigned
  const role = [signatory.role.trim(), teamName(signatory.team, ctx.formats.language)].filter(Boolean).join(' · ')
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.BOTTOM,
    children: [
      ...signatureMark(signature, ctx),
      new Paragraph({ style: STYLE.signatureCaption, children: runs(signatory.name.trim() || ctx.texts.none, { bold: true }) }),
      paragraph(role, { style: STYLE.tableText }),
      paragraph(`${t.placeAndDate}: ${when}`, { style: STYLE.tableText })
    ]
  })
}

function signatureTable(blocks: SignatureBlock[], ctx: DocContext): Table {
  // A gutter column between the two signatures, like the space between two lines on paper.
  const [left = 0, gutter = 0, right = 0] = columnWidths([46, 8, 46], TEXT_WIDTH)
  const rows: TableRow[] = []
  for (let i = 0; i < blocks.length; i += PER_ROW) {
    const pair = blocks.slice(i, i + PER_ROW)
    const [first, second] = pair
    const empty = (width: number) => new TableCell({ width: { size: width, type: WidthType.DXA }, children: [new Paragraph({ style: STYLE.tableText, children: [] })] })
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [first ? signatureCell(first, left, ctx) : empty(left), empty(gutter), second ? signatureCell(second, right, ctx) : empty(right)]
      })
    )
  }
  // No table style: its header formatting would apply to the first row, and signatures stand on
  // lines of their own, not in a grid.
  return new Table({
    rows,
    columnWidths: [left, gutter, right],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
    tableLook: { firstRow: false, noHBand: true, noVBand: true }
  })
}

/**
 * The full seal below the signatures (issue 12 §1): the paper copy signed by hand carries it, so
 * a file can be compared with the paper digit by digit. Two lines of eight groups of four.
 */
function sealBlocks(version: SlaDocumentInput['version'], ctx: DocContext): Block[] {
  if (version.state === 'draft' || !version.seal) return []
  const t = ctx.texts.sla.signatures
  const [first, second] = sealGroups(version.seal)
  return [
    paragraph(t.sealIntro, { keepNext: true }),
    paragraph(`${first}\n${second}`, { keepNext: sealedLater(version), run: { bold: true, font: FONT.digits } }),
    ...(sealedLater(version) ? [paragraph(t.sealedLater(ctx.formats.date(version.sealedAt)), { style: STYLE.note })] : [])
  ]
}

/** Section "Signatures" (SPEC §6): name, role, team, place, date and the signature itself, then the seal. */
export function signatureSectionBlocks(input: SlaDocumentInput, ctx: DocContext): Block[] {
  const t = ctx.texts.sla.signatures
  const { version } = input
  const intro =
    version.state !== 'draft' && version.fingerprint
      ? // No-break spaces keep the four groups of the fingerprint on one line, as on the title page.
        t.signedIntro(ctx.formats.number(version.number), shortFingerprint(version.fingerprint).replace(/ /g, '\u00A0'))
      : t.draftIntro
  const blocks = signatureRows(input.content.parties.signatories, input.signatures, input.version.fingerprint)
  return [
    paragraph(intro, { keepNext: true }),
    ...(blocks.length > 0 ? [signatureTable(blocks, ctx)] : [paragraph(ctx.texts.sla.parties.noSignatories)]),
    ...sealBlocks(version, ctx)
  ]
}
