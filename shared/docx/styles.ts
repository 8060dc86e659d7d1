import { AlignmentType, BorderStyle, ImportedXmlComponent, LevelFormat, LevelSuffix, LineRuleType, type INumberingOptions, type IParagraphStyleOptions, type IStylesOptions } from 'docx'
import { BORDER, COLOUR, FONT, SIZE, SPACING, cm, fontSize, pt } from './measures'

/**
 * The documents' styles, declared once and referenced by id (STYLE "Documents as composable
 * functions"). They are real Word styles with Word's built-in names ("heading 1", "toc 1" …), so
 * Word shows them localised in its style gallery, builds its navigation pane and table of
 * contents from them, and a company can restyle a whole document by changing one style.
 * Content carries as little direct formatting as possible for the same reason.
 */
export const STYLE = {
  normal: 'Normal',
  title: 'Title',
  subtitle: 'Subtitle',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  tocHeading: 'TOCHeading',
  toc1: 'TOC1',
  toc2: 'TOC2',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  tableNote: 'TableNote',
  note: 'Note',
  goal: 'Goal',
  keyFigure: 'KeyFigure',
  listBullet: 'ListBullet',
  mark: 'DocumentMark',
  titleFact: 'TitleFact',
  signatureTyped: 'SignatureTyped',
  signatureCaption: 'SignatureCaption',
  header: 'Header',
  footer: 'Footer',
  /** The one table style every table uses; header rows take its "first row" formatting. */
  table: 'SlaTable'
} as const

export const BULLETS = 'sla-bullets'
/** The section numbers "1", "1.1" of a numbered document's Heading 1 and Heading 2. */
export const HEADING_NUMBERS = 'sla-headings'

/** The section number hangs left of the heading text; the hanging indent is the tab stop after it. */
const NUMBER_INDENT = { left: cm(1.0), hanging: cm(1.0) }

const font = { ascii: FONT.body, hAnsi: FONT.body, cs: FONT.body, eastAsia: FONT.body }

/**
 * Line spacing always names its rule: without one LibreOffice reads the height as exact, and a
 * 26 pt title on a 12 pt line runs into the line above.
 */
const SINGLE_LINE = { line: 240, lineRule: LineRuleType.AUTO }

/**
 * A heading style. In a numbered document Heading 1 and 2 carry Word's own numbering (a list
 * linked to the style, as Word's "Link level to style" makes it): Word numbers every paragraph of
 * the style, a heading added or moved in Word is renumbered, and the navigation pane and the table
 * of contents show the numbers.
 */
const heading = (id: string, name: string, level: number, size: number, before: number, after: number, numbered: boolean): IParagraphStyleOptions => ({
  id,
  name,
  basedOn: STYLE.normal,
  next: STYLE.normal,
  quickFormat: true,
  uiPriority: 9,
  run: { font, size: fontSize(size), bold: true, color: COLOUR.heading },
  paragraph: {
    // Outline levels make Word's navigation pane and table of contents find the headings.
    outlineLevel: level,
    keepNext: true,
    keepLines: true,
    spacing: { before, after, ...SINGLE_LINE },
    ...(numbered ? { numbering: { reference: HEADING_NUMBERS, level }, indent: NUMBER_INDENT } : {})
  }
})

const headingStyles = (numbered: boolean): IParagraphStyleOptions[] => [
  heading(STYLE.heading1, 'heading 1', 0, SIZE.heading1, SPACING.heading1Before, SPACING.heading1After, numbered),
  heading(STYLE.heading2, 'heading 2', 1, SIZE.heading2, SPACING.heading2Before, SPACING.heading2After, numbered),
  { ...heading(STYLE.heading3, 'heading 3', 2, SIZE.heading3, SPACING.heading3Before, SPACING.heading2After, false), run: { font, size: fontSize(SIZE.heading3), bold: true, color: COLOUR.accent } }
]

/**
 * The contents entries. In a numbered document the number hangs in the first centimetre and the
 * title starts after it ("3.1⇥Title"). An unnumbered document's entries hang nothing: a hanging
 * indent is a tab stop too, and a title shorter than it ("Ziele") would send its page number there
 * instead of to the dotted right-hand tab.
 */
const tocStyles = (numbered: boolean): IParagraphStyleOptions[] => {
  const entryIndent = (level: 1 | 2) => (numbered ? { left: cm(level), hanging: cm(1.0) } : { left: cm(level - 1) })
  return [
    {
      id: STYLE.toc1,
      name: 'toc 1',
      basedOn: STYLE.normal,
      next: STYLE.normal,
      uiPriority: 39,
      run: { bold: true },
      paragraph: { spacing: { before: pt(6), after: pt(2) }, indent: entryIndent(1) }
    },
    {
      id: STYLE.toc2,
      name: 'toc 2',
      basedOn: STYLE.normal,
      next: STYLE.normal,
      uiPriority: 39,
      paragraph: { spacing: { before: 0, after: pt(2) }, indent: entryIndent(2) }
    }
  ]
}

const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  {
    id: STYLE.title,
    name: 'Title',
    basedOn: STYLE.normal,
    next: STYLE.subtitle,
    quickFormat: true,
    run: { font, size: fontSize(SIZE.title), bold: true, color: COLOUR.heading },
    paragraph: { spacing: { before: 0, after: pt(6), ...SINGLE_LINE } }
  },
  {
    id: STYLE.subtitle,
    name: 'Subtitle',
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    run: { font, size: fontSize(SIZE.subtitle), color: COLOUR.accent },
    // A rule under the subtitle closes the title block, as on a printed cover.
    paragraph: { spacing: { before: 0, after: pt(24) }, border: { bottom: { style: BorderStyle.SINGLE, size: BORDER.strong, color: COLOUR.accent, space: 8 } } }
  },
  {
    // Looks like a heading but has no outline level, so the contents do not list themselves.
    id: STYLE.tocHeading,
    name: 'TOC Heading',
    basedOn: STYLE.normal,
    next: STYLE.normal,
    run: { font, size: fontSize(SIZE.heading1), bold: true, color: COLOUR.heading },
    paragraph: { spacing: { before: 0, after: SPACING.heading1After } }
  },
  {
    id: STYLE.tableText,
    name: 'Table Text',
    basedOn: STYLE.normal,
    quickFormat: true,
    run: { size: fontSize(SIZE.table) },
    paragraph: { spacing: { before: 0, after: 0, ...SINGLE_LINE } }
  },
  {
    id: STYLE.tableHeading,
    name: 'Table Heading',
    basedOn: STYLE.tableText,
    run: { bold: true, color: COLOUR.heading },
    paragraph: { keepNext: true }
  },
  {
    id: STYLE.tableNote,
    name: 'Table Note',
    basedOn: STYLE.tableText,
    run: { size: fontSize(SIZE.small), color: COLOUR.muted },
    paragraph: { spacing: { before: pt(2), after: 0, ...SINGLE_LINE } }
  },
  {
    id: STYLE.note,
    name: 'Note',
    basedOn: STYLE.normal,
    quickFormat: true,
    run: { size: fontSize(SIZE.small), color: COLOUR.muted },
    paragraph: { spacing: { before: pt(2), after: SPACING.tableAfter } }
  },
  {
    id: STYLE.goal,
    name: 'Shared Goal',
    basedOn: STYLE.normal,
    quickFormat: true,
    run: { size: fontSize(SIZE.heading2), italics: true, color: COLOUR.heading },
    paragraph: {
      spacing: { before: pt(6), after: pt(12) },
      indent: { left: cm(0.6) },
      border: { left: { style: BorderStyle.SINGLE, size: BORDER.strong * 2, color: COLOUR.accent, space: 12 } }
    }
  },
  {
    // The one number a report leads with (overall attainment): set off by the accent rule like the goal.
    id: STYLE.keyFigure,
    name: 'Key Figure',
    basedOn: STYLE.normal,
    run: { size: fontSize(SIZE.heading2), color: COLOUR.heading },
    paragraph: {
      keepNext: true,
      spacing: { before: pt(6), after: pt(8) },
      indent: { left: cm(0.6) },
      border: { left: { style: BorderStyle.SINGLE, size: BORDER.strong * 2, color: COLOUR.accent, space: 12 } }
    }
  },
  {
    id: STYLE.listBullet,
    name: 'List Bullet',
    basedOn: STYLE.normal,
    quickFormat: true,
    paragraph: { spacing: { after: pt(3) }, contextualSpacing: true }
  },
  {
    id: STYLE.mark,
    name: 'Document Mark',
    basedOn: STYLE.normal,
    run: { size: fontSize(SIZE.draftMark), bold: true, color: COLOUR.draft, characterSpacing: pt(4) },
    paragraph: { spacing: { before: pt(12), after: pt(6) } }
  },
  {
    id: STYLE.titleFact,
    name: 'Title Fact',
    basedOn: STYLE.normal,
    run: { size: fontSize(SIZE.body + 1) },
    // Label, tab, value: the hanging indent aligns the values, also when one wraps.
    paragraph: { spacing: { before: 0, after: pt(4) }, indent: { left: cm(4.5), hanging: cm(4.5) } }
  },
  {
    id: STYLE.signatureTyped,
    name: 'Typed Signature',
    basedOn: STYLE.normal,
    run: {
      font: { ascii: FONT.signature, hAnsi: FONT.signature, cs: FONT.signature, eastAsia: FONT.signature },
      size: fontSize(SIZE.typedSignature),
      italics: true,
      color: COLOUR.signatureInk
    },
    paragraph: { spacing: { before: pt(6), after: 0, ...SINGLE_LINE } }
  },
  {
    id: STYLE.signatureCaption,
    name: 'Signature Caption',
    basedOn: STYLE.tableText,
    paragraph: {
      spacing: { before: pt(3), after: 0 },
      border: { top: { style: BorderStyle.SINGLE, size: BORDER.rule, color: COLOUR.text, space: 4 } }
    }
  },
  {
    id: STYLE.header,
    name: 'header',
    basedOn: STYLE.normal,
    run: { size: fontSize(SIZE.small), color: COLOUR.muted },
    paragraph: { spacing: { before: 0, after: 0 } }
  },
  {
    id: STYLE.footer,
    name: 'footer',
    basedOn: STYLE.normal,
    run: { size: fontSize(SIZE.small), color: COLOUR.muted },
    paragraph: { spacing: { before: 0, after: 0 } }
  }
]

const borderXml = (side: string) => `<w:${side} w:val="single" w:sz="${BORDER.thin}" w:space="0" w:color="${COLOUR.tableBorder}"/>`

/**
 * A table style has no builder in docx, so it is written as WordprocessingML (element order as
 * the schema demands). The header row's look lives in its "first row" part, so restyling the
 * style restyles every table's header.
 */
const TABLE_STYLE_XML =
  `<w:style w:type="table" w:customStyle="1" w:styleId="${STYLE.table}">` +
  '<w:name w:val="SLA Table"/><w:uiPriority w:val="59"/><w:qFormat/>' +
  `<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
  `<w:rPr><w:sz w:val="${fontSize(SIZE.table)}"/><w:szCs w:val="${fontSize(SIZE.table)}"/></w:rPr>` +
  '<w:tblPr>' +
  `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(borderXml).join('')}</w:tblBorders>` +
  `<w:tblCellMar><w:top w:w="${SPACING.cellMargin}" w:type="dxa"/><w:left w:w="${SPACING.cellMarginSide}" w:type="dxa"/>` +
  `<w:bottom w:w="${SPACING.cellMargin}" w:type="dxa"/><w:right w:w="${SPACING.cellMarginSide}" w:type="dxa"/></w:tblCellMar>` +
  '</w:tblPr>' +
  '<w:tblStylePr w:type="firstRow">' +
  `<w:rPr><w:b/><w:bCs/><w:color w:val="${COLOUR.heading}"/></w:rPr>` +
  `<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${COLOUR.tableHeaderFill}"/></w:tcPr>` +
  '</w:tblStylePr>' +
  '</w:style>'

/**
 * `locale` marks the text's language, so Word checks spelling and hyphenates in it; `numbered`
 * gives Heading 1 and 2 their section numbers.
 */
export function documentStyles(locale: string, numbered: boolean): IStylesOptions {
  return {
    default: {
      document: {
        run: { font, size: fontSize(SIZE.body), color: COLOUR.text, language: { value: locale } },
        paragraph: { spacing: { after: SPACING.paragraphAfter, line: SPACING.lineMultiple, lineRule: LineRuleType.AUTO } }
      }
    },
    paragraphStyles: [...headingStyles(numbered), ...tocStyles(numbered), ...PARAGRAPH_STYLES]
  }
}

/**
 * The table style, added to a document's styles after it is made: given as `importedStyles`, it
 * would replace docx's defaults (document defaults, Normal, Hyperlink …) instead of joining them.
 */
export function tableStyle(): ImportedXmlComponent {
  return ImportedXmlComponent.fromXmlString(TABLE_STYLE_XML)
}

/** A level of the section numbers: "%1" or "%1.%2", a tab after it to the heading's text. */
const sectionLevel = (level: number) => ({
  level,
  format: LevelFormat.DECIMAL,
  text: Array.from({ length: level + 1 }, (_, at) => `%${at + 1}`).join('.'),
  alignment: AlignmentType.LEFT,
  suffix: LevelSuffix.TAB,
  style: { paragraph: { indent: NUMBER_INDENT } }
})

/** Real Word bullets and section numbers (numbering definitions), so lists stay lists when edited. */
export function documentNumbering(): INumberingOptions {
  return {
    config: [
      { reference: HEADING_NUMBERS, levels: [sectionLevel(0), sectionLevel(1)] },
      {
        reference: BULLETS,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '•',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: SPACING.listIndent, hanging: SPACING.listHanging } } }
          }
        ]
      }
    ]
  }
}
