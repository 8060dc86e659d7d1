import { BorderStyle, Document, type IPropertiesOptions, Footer, Header, PageNumber, Paragraph, Tab, TabStopType, TextRun, type FileChild, type ISectionPropertiesOptions } from 'docx'
import { TextWatermark } from 'docx/watermarks'
import { BORDER, COLOUR, FONT, PAGE, TEXT_WIDTH } from './measures'
import { documentNumbering, documentStyles, STYLE, tableStyle } from './styles'
import { runs, safeText } from './blocks'
import type { Language } from '../domain/language'
import type { Formats } from './locale-format'
import type { DocTexts } from './texts'

/**
 * What every page shows around the text: the header (organisation, document, a draft mark) and
 * the footer (version, "page X of Y" as live PAGE / NUMPAGES fields, the fingerprint), and the
 * A4 page they sit on. The first page is the title page and shows no header, unless the
 * document has none (`titlePage: false`).
 */
export interface FrameOptions {
  texts: DocTexts
  formats: Formats
  /** Left in the header: the organisation. */
  organisation: string
  /** Right in the header: what the document is. */
  documentName: string
  /** A draft or superseded mark in the header and as a watermark; null on a signed version. */
  mark: { text: string; colour: string } | null
  /** Left in the footer, e.g. "Version 2 · Signed". */
  footerLeft: string
  /** Right in the footer, e.g. "Fingerprint 3F2A 91C0 5B7E 0D44". */
  footerRight: string
}

const RULE = { style: BorderStyle.SINGLE, size: BORDER.thin, color: COLOUR.rule, space: 4 }

function watermark(mark: NonNullable<FrameOptions['mark']>): TextWatermark {
  return new TextWatermark({ text: safeText(mark.text), font: FONT.body, bold: true, color: mark.colour, opacity: 0.12 })
}

function pageHeader({ organisation, documentName, mark }: FrameOptions): Header {
  const markRuns = mark ? [new TextRun({ text: '   ' }), ...runs(mark.text, { bold: true, color: mark.colour })] : []
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.header,
        border: { bottom: RULE },
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          ...(mark ? [watermark(mark)] : []),
          ...runs(organisation, { bold: true }),
          new TextRun({ children: [new Tab()] }),
          ...runs(documentName),
          ...markRuns
        ]
      })
    ]
  })
}

function pageFooter({ texts, footerLeft, footerRight }: FrameOptions): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        border: { top: RULE },
        tabStops: [
          { type: TabStopType.CENTER, position: Math.round(TEXT_WIDTH / 2) },
          { type: TabStopType.RIGHT, position: TEXT_WIDTH }
        ],
        children: [
          ...runs(footerLeft),
          new TextRun({ children: [new Tab(), safeText(`${texts.common.page} `), PageNumber.CURRENT, safeText(` ${texts.common.of} `), PageNumber.TOTAL_PAGES, new Tab()] }),
          ...runs(footerRight)
        ]
      })
    ]
  })
}

/** The title page has neither header nor footer; a draft still shows its mark there, large. */
function titlePageHeader(options: FrameOptions): Header {
  return new Header({ children: [new Paragraph({ style: STYLE.header, children: options.mark ? [watermark(options.mark)] : [] })] })
}

/** The title page's footer is empty, but a footer holds at least one paragraph (the schema's CT_HdrFtr). */
function titlePageFooter(): Footer {
  return new Footer({ children: [new Paragraph({ style: STYLE.footer, children: [] })] })
}

function pageProperties(titlePage: boolean): ISectionPropertiesOptions {
  return {
    titlePage,
    page: {
      size: { width: PAGE.width, height: PAGE.height },
      margin: { ...PAGE.margin, header: PAGE.headerDistance, footer: PAGE.footerDistance }
    }
  }
}

export interface DocumentShell {
  frame: FrameOptions
  /** Document properties (File → Properties in Word). */
  title: string
  subject: string
  children: FileChild[]
  /**
   * Whether the first page is a title page without header and footer (the default). A short
   * document opens with a compact title block instead and shows header and footer on every page.
   */
  titlePage?: boolean
  /** Whether Heading 1 and 2 carry section numbers (the outline's `numbered`). */
  numberedHeadings: boolean
}

/**
 * German is hyphenated, as German readers expect of a justified-looking page and as its long
 * compounds need in narrow table columns ("Vertriebsleitung", "forschungsgetrieben"); no more than
 * two lines in a row end in a hyphen. English business documents are not hyphenated. The words are
 * split by the language the styles give the text (documentStyles), so by German rules.
 */
function hyphenationFor(language: Language): IPropertiesOptions['hyphenation'] {
  return language === 'de' ? { autoHyphenation: true, consecutiveHyphenLimit: 2 } : { autoHyphenation: false }
}

export function framedDocument({ frame, title, subject, children, titlePage = true, numberedHeadings }: DocumentShell): Document {
  const doc = new Document({
    creator: 'Smarketing Studio',
    title: safeText(title),
    subject: safeText(subject),
    description: safeText(frame.texts.common.generatedBy),
    styles: documentStyles(frame.formats.locale, numberedHeadings),
    numbering: documentNumbering(),
    // Word brings the contents' page numbers up to date when it opens the file.
    features: { updateFields: true },
    hyphenation: hyphenationFor(frame.formats.language),
    sections: [
      {
        properties: pageProperties(titlePage),
        headers: titlePage ? { default: pageHeader(frame), first: titlePageHeader(frame) } : { default: pageHeader(frame) },
        footers: titlePage ? { default: pageFooter(frame), first: titlePageFooter() } : { default: pageFooter(frame) },
        children
      }
    ]
  })
  doc.Styles.addChildElement(tableStyle())
  return doc
}
