import { BorderStyle, ImageRun, Paragraph, Table, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType } from 'docx'
import { signatureRows } from '../../domain/signing'
import type { Signatory, Signature } from '../../domain/sla'
import { sealGroups, sealedLater } from '../../domain/sla-seal'
import { paragraph, runs, safeText, type Block } from '../blocks'
import { FONT, SPACING, TEXT_WIDTH, columnWidths } from '../measures'
import { teamName } from '../../domain/vocabulary'
import type { DocContext } from '../parts/context'
import { pngFromDataUrl, signatureSize } from '../png-image'
import { STYLE } from '../styles'
import type { SlaDocumentInput } from './sla-input'
import { unbrokenFingerprint } from './version-labels'

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

const empty = () => new Paragraph({ style: STYLE.tableText, children: [] })

/** A line to write on by hand, with what goes on it below (issue 12 §3: a draft is signed on paper too). */
function blankLine(label: string, keepNext = false): Paragraph {
  return new Paragraph({ style: STYLE.signatureCaption, keepNext, spacing: { before: SPACING.handwriting }, children: runs(label) })
}

function signatureCell({ signatory, signature }: SignatureBlock, width: number, ctx: DocContext): TableCell {
  const t = ctx.texts.sla.signatures
  const role = [signatory.role.trim(), teamName(signatory.team, ctx.formats.language)].filter(Boolean).join(' · ')
  const signed = signature
    ? // "Hamburg, 16. April 2027, 16:00 Uhr" under the name, as one writes it under a signature on paper.
      [paragraph([signature.place.trim(), ctx.formats.dateTime(signature.signedAt)].filter(Boolean).join(', '), { style: STYLE.tableText })]
    : [blankLine(t.placeAndDateBlank)]
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.BOTTOM,
    children: [
      ...signatureMark(signature, ctx),
      new Paragraph({ style: STYLE.signatureCaption, children: runs(signatory.name.trim() || ctx.texts.none, { bold: true }) }),
      paragraph(role, { style: STYLE.tableText }),
      ...signed
    ]
  })
}

function signatureTable(blocks: SignatureBlock[], ctx: DocContext): Table {
  const [left, gutter, right] = lineColumns()
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
  return lineTable(rows)
}

/** Two columns with a gutter, like the space between two lines on paper. */
function lineColumns(): [number, number, number] {
  const [left = 0, gutter = 0, right = 0] = columnWidths([46, 8, 46], TEXT_WIDTH)
  return [left, gutter, right]
}

/**
 * No table style: its header formatting would apply to the first row, and signatures stand on
 * lines of their own, not in a grid.
 */
function lineTable(rows: TableRow[]): Table {
  return new Table({
    rows,
    columnWidths: lineColumns(),
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
      ? t.signedIntro(ctx.formats.number(version.number), unbrokenFingerprint(version.fingerprint))
      : t.draftIntro
  const blocks = signatureRows(input.content.parties.signatories, input.signatures, input.version.fingerprint)
  return [
    paragraph(intro, { keepNext: true }),
    ...(blocks.length > 0 ? [signatureTable(blocks, ctx)] : [paragraph(ctx.texts.sla.parties.noSignatories)]),
    // Right under the signatures it covers ("every signature above"); management approves on paper, outside it.
    ...sealBlocks(version, ctx),
    ...approvalBlocks(input, ctx)
  ]
}

/**
 * Management approves the agreement it is the escalation instance of (issue 12 §3) — on paper,
 * unless someone from management signs it in the app anyway. The block stays on one page: its
 * first row keeps with its second, so "Place, date" never starts the next page alone.
 */
function approvalBlocks(input: SlaDocumentInput, ctx: DocContext): Block[] {
  if (input.content.parties.signatories.some((signatory) => signatory.team === 'management')) return []
  const t = ctx.texts.sla.signatures
  const [left, gutter, right] = lineColumns()
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlignTable.BOTTOM, children })
  return [
    paragraph(t.approvalIntro, { keepNext: true }),
    lineTable([
      new TableRow({
        cantSplit: true,
        children: [
          cell(left, [blankLine(t.approvalName, true)]),
          cell(gutter, [new Paragraph({ style: STYLE.tableText, keepNext: true, children: [] })]),
          cell(right, [new Paragraph({ style: STYLE.tableText, keepNext: true, spacing: { before: SPACING.signatureSpace }, children: [] }), blankLine(t.approvalSignature, true)])
        ]
      }),
      new TableRow({ cantSplit: true, children: [cell(left, [blankLine(t.placeAndDateBlank)]), cell(gutter, [empty()]), cell(right, [empty()])] })
    ])
  ]
}
