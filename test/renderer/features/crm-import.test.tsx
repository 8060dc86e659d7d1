import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { importExport, readExportHead } from '../../../shared/crm'
import type { Review } from '../../../shared/domain/review'
import type { BridgeApi, OpenFileResult } from '../../../shared/ipc/contract'
import { db } from '../../../renderer/db/db'
import { useNoticeStore } from '../../../renderer/store/notice-store'
import type { SlaContent } from '../../../shared/domain/sla'
import { CrmImportSection } from '../../../renderer/features/review/CrmImportSection'
import { NoticeBar } from '../../../renderer/app/NoticeBar'
import type * as crmReader from '../../../renderer/features/review/crm-reader'
import { ReadingCancelled } from '../../../renderer/features/workshops/worker-task'
import type * as platformModule from '../../../renderer/platform/platform'
import { finishedWorkshop, slaContent } from '../../shared/docx/docx-fixtures'
import { csv, HUBSPOT_HEADER, windows1252 } from '../../shared/crm/export-fixtures'
import { serialOf, workbook, type WorkbookCell } from '../../shared/crm/xlsx-writer'

/**
 * The CRM import in a review (issue 13, first slice): the preset recognised or the columns mapped
 * by hand, the figures with how each was computed, what the import noticed, and every bad file
 * told in the person's language. jsdom has no workers: the import runs the pure function the
 * worker runs (worker-task.test.ts covers the wiring); `reader.hang` makes it wait for Cancel.
 */
const bridge = vi.hoisted(() => ({
  saveFile: vi.fn(),
  openFile: vi.fn<(request: unknown) => Promise<unknown>>(),
  appInfo: vi.fn(async () => ({ name: 'Smarketing Studio', version: '0.1.0', platform: 'linux', locales: ['en-GB'] })),
  openAudienceWindow: vi.fn(),
  closeAudienceWindow: vi.fn()
}))
const reader = vi.hoisted(() => ({ hang: false }))

vi.mock('../../../renderer/platform/platform', async (importOriginal) => {
  const actual = await importOriginal<typeof platformModule>()
  return { ...actual, platform: actual.createPlatform(bridge as unknown as BridgeApi) }
})

vi.mock('../../../renderer/features/review/crm-reader', (): typeof crmReader => ({
  readCrmHead: async (bytes) => readExportHead(bytes),
  importCrmFile: ({ bytes, mapping, settings }, onProgress) => {
    if (!reader.hang) return { result: importExport(bytes, mapping, settings, { onProgress }), cancel: () => undefined }
    let cancel = () => undefined as void
    const result = new Promise<never>((_, reject) => (cancel = () => reject(new ReadingCancelled())))
    return { result, cancel: () => cancel() }
  }
}))


/*
 * Counted by hand for 2027-Q1 (the review's quarter):
 * - MQLs in the quarter: rows 2, 3, 4, 5 → 4 (row 8 became MQL in April, row 6 repeats id 1, row 7's date is unreadable);
 * - SQLs in the quarter: rows 2 and 4 → 2; of the quarter's MQLs 2 became SQL → 50 %;
 * - customers in the quarter: row 4 → 1, revenue 1,234.50;
 * - first contact: rows 2, 3, 4 contacted (3 measured), row 5 never.
 */
function rows(german: boolean): string[][] {
  const date = (iso: string) => (german ? iso.replace(/^(\d{4})-(\d{2})-(\d{2})/, (_, y, m, d) => `${d}.${m}.${y}`) : iso)
  return [
    HUBSPOT_HEADER,
    ['1', 'Anna', 'Muster', 'jörg@firma.example', date('2027-01-05 09:00'), 'salesqualifiedlead', date('2027-01-05 09:00'), date('2027-01-20 10:00'), '', date('2027-01-05 11:00'), 'Ute', ''],
    ['2', 'Anna', 'Muster', 'anna@firma.example', date('2027-02-01 08:00'), 'marketingqualifiedlead', date('2027-02-01 08:00'), '', '', date('2027-02-02 08:00'), 'Karl', ''],
    ['3', 'Anna', 'Muster', 'zoe@firma.example', date('2027-03-01 08:00'), 'customer', date('2027-03-01 08:00'), date('2027-03-02 08:00'), date('2027-03-10 08:00'), date('2027-03-01 12:00'), 'Lena', german ? '1234,50' : '1234.50'],
    ['4', 'Anna', 'Muster', 'bjoern@firma.example', date('2027-02-10 08:00'), 'marketingqualifiedlead', date('2027-02-10 08:00'), '', '', '', 'Ute', ''],
    ['1', 'Anna', 'Muster', 'doppelt@firma.example', date('2027-01-05 09:00'), 'lead', date('2027-01-06 09:00'), '', '', '', 'Ute', ''],
    ['5', 'Anna', 'Muster', 'kaputt@firma.example', date('2027-01-05 09:00'), 'lead', '31.02.2027 09:00', '', '', '', 'Ute', ''],
    ['6', 'Anna', 'Muster', 'april@firma.example', date('2027-04-02 09:00'), 'marketingqualifiedlead', date('2027-04-02 09:00'), '', '', '', 'Karl', '']
  ]
}

const englishExport = () => new TextEncoder().encode(csv(rows(false)))
/** The same rows as an Excel workbook: ids and amounts as numbers, dates as date cells (the unreadable one stays text). */
const workbookExport = () =>
  workbook(
    rows(false).map((row, index): WorkbookCell[] =>
      index === 0
        ? row
        : row.map((cell) => {
            if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(cell)) return { serial: serialOf(Date.parse(`${cell.replace(' ', 'T')}Z`)), format: 'custom' }
            if (/^\d+(\.\d+)?$/.test(cell)) return Number(cell)
            return cell === '' ? null : cell
          })
    ),
    { strings: 'shared', sheet: 'Contacts' }
  )
const germanExcelExport = () => windows1252(csv(rows(true), ';'))

const review: Review = {
  id: 'r1',
  workshopId: 'w1',
  versionId: 'v1',
  period: '2027-Q1',
  date: '2027-04-15',
  attendeeIds: [],
  guests: [],
  actuals: {},
  actualRates: { visitToLead: null, leadToMql: null, mqlToSql: null, sqlToCustomer: null },
  decisions: '',
  state: 'open',
  createdAt: 0,
  closedAt: null
}

/** The import's moment: the figures count SQLs and contacts up to it. */
const IMPORTED_AT = Date.UTC(2027, 3, 15, 8)

beforeEach(() => {
  reader.hang = false
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(IMPORTED_AT)
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})

afterEach(async () => {
  await db.reviews.clear()
  useNoticeStore.setState({ notice: null })
  vi.useRealTimers()
  vi.restoreAllMocks()
  bridge.openFile.mockReset()
  await i18next.changeLanguage('en')
})

async function importFile(answer: OpenFileResult, language: 'de' | 'en' = 'en', content: SlaContent = slaContent(language), shown: Review = review) {
  await i18next.changeLanguage(language)
  // jsdom's TextEncoder makes arrays of another realm; the bridge delivers this one's.
  bridge.openFile.mockResolvedValueOnce('data' in answer ? { ...answer, data: Uint8Array.from(answer.data) } : answer)
  render(
    <>
      <CrmImportSection workshop={finishedWorkshop(language).workshop} content={content} review={shown} language={language} />
      <NoticeBar />
    </>
  )
  const user = userEvent.setup()
  await user.click(screen.getByRole('button', { name: language === 'de' ? 'CRM-Export importieren (.csv, .xlsx)' : 'Import CRM export (.csv, .xlsx)' }))
  return user
}

/** A table (the quarter's figures by default) as `row header → [cells…]`. */
function figureRows(name: RegExp = /^(Figures for|Zahlen für) /): Map<string, string[]> {
  const table = screen.getByRole('table', { name })
  return new Map(
    within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => {
        const label = within(row).getByRole('rowheader').textContent ?? ''
        return [label, within(row).getAllByRole('cell').map((cell) => cell.textContent ?? '')]
      })
  )
}

describe('importing a CRM export into a review', () => {
  it('recognises a HubSpot export, shows its first rows, and computes the figures with how each was counted', async () => {
    const user = await importFile({ canceled: false, name: 'hubspot.csv', data: englishExport() })
    expect(await screen.findByText('Recognised as a HubSpot contact export. Check the columns and confirm.')).toBeInTheDocument()
    expect(screen.getByText('hubspot.csv · UTF-8, separated by commas')).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Column for Became MQL' })).toHaveValue('Became a Marketing Qualified Lead Date')
    expect(screen.getByRole('combobox', { name: 'Column for Source' })).toHaveValue('')
    const preview = screen.getByRole('table', { name: /first rows of the file/ })
    expect(within(preview).getAllByRole('row')).toHaveLength(6)
    // The lifecycle values of the preview, proposed onto the workshop's own stages.
    expect(screen.getByRole('combobox', { name: 'Stage for “marketingqualifiedlead”' })).toHaveValue('MQL')

    await user.click(screen.getByRole('button', { name: 'Compute figures' }))
    expect(await screen.findByRole('heading', { name: 'Figures for 2027-Q1' })).toBeInTheDocument()
    const figures = figureRows()
    expect(figures.get('MQLs')).toEqual(['4', 'became MQL in the quarter'])
    expect(figures.get('SQLs')?.[0]).toBe('2')
    expect(figures.get('Customers')?.[0]).toBe('1')
    expect(figures.get('Revenue')).toEqual(['€1,234.50', 'sum of the deal amounts of 1 customer'])
    expect(figures.get('MQL → SQL')).toEqual(['50%', '2 of 4 MQLs of the quarter became SQL by the import'])
    expect(figures.get('Time to first contact')?.[1]).toBe('median over 3 of 4 MQLs; 1 never contacted')
    expect(screen.getByText(/^7 rows of hubspot\.csv, imported on/)).toBeInTheDocument()
    // HubSpot's export has no decision date: that commitment is not measured rather than 0 % kept.
    expect(figures.get('Sales accepts or rejects an MQL (with a reason) within')).toEqual(['—', 'not measured: the export has no column for “Accepted or rejected by sales”'])

    const findings = within(screen.getByRole('region', { name: 'What the import noticed' }))
    expect(findings.getByText(/1 row with a date that could not be read/).parentElement).toHaveTextContent('e.g. row 7: Became MQL “31.02.2027 09:00”')
    expect(findings.getByText(/1 row with an ID seen before skipped/).parentElement).toHaveTextContent('e.g. row 6 (first in row 2)')
    // How each kind of figure is computed, in the words the review report uses.
    await user.click(screen.getByText('How the figures are computed'))
    expect(screen.getByText('Median and p90').nextElementSibling).toHaveTextContent(/p90 is the shortest time that at least 90% of the measured MQLs kept/)
    // Figures per owner were not chosen: there are none.
    expect(screen.queryByRole('table', { name: 'Figures per owner' })).toBeNull()
    // Personal columns are for the preview only: once computed, no e-mail address is on the screen.
    expect(screen.queryByText('anna@firma.example')).toBeNull()
  })

  it('reads the same rows from an Excel workbook into the same figures', async () => {
    const user = await importFile({ canceled: false, name: 'hubspot.xlsx', data: workbookExport() })
    expect(await screen.findByText('Recognised as a HubSpot contact export. Check the columns and confirm.')).toBeInTheDocument()
    expect(screen.getByText('hubspot.xlsx · Excel workbook, sheet “Contacts”')).toBeInTheDocument()
    expect(screen.getAllByRole('cell', { name: '2027-01-05 09:00' }).length).toBeGreaterThan(0)
    await user.click(screen.getByRole('button', { name: 'Compute figures' }))
    expect(await screen.findByRole('heading', { name: 'Figures for 2027-Q1' })).toBeInTheDocument()
    const figures = figureRows()
    expect(figures.get('MQLs')).toEqual(['4', 'became MQL in the quarter'])
    expect(figures.get('Revenue')?.[0]).toBe('€1,234.50')
    expect(figures.get('MQL → SQL')).toEqual(['50%', '2 of 4 MQLs of the quarter became SQL by the import'])
    expect(figures.get('Time to first contact')?.[1]).toBe('median over 3 of 4 MQLs; 1 never contacted')
    expect(screen.getByText(/1 row with a date that could not be read/).parentElement).toHaveTextContent('e.g. row 7: Became MQL “31.02.2027 09:00”')
  })

  it('reads an export saved by German Excel and shows the figures in German', async () => {
    const user = await importFile({ canceled: false, name: 'kontakte.csv', data: germanExcelExport() }, 'de')
    expect(await screen.findByText('Erkannt als HubSpot-Kontaktexport. Prüfen Sie die Spalten und bestätigen Sie.')).toBeInTheDocument()
    expect(screen.getByText('kontakte.csv · Windows-1252 (wie deutsches Excel speichert), getrennt durch Semikolons')).toBeInTheDocument()
    expect(screen.getByRole('cell', { name: 'jörg@firma.example' })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Zahlen berechnen' }))
    expect(await screen.findByRole('heading', { name: 'Zahlen für 2027-Q1' })).toBeInTheDocument()
    const figures = figureRows()
    expect(figures.get('MQLs')).toEqual(['4', 'im Quartal zum MQL geworden'])
    expect(figures.get('Umsatz')?.[0]).toBe('1.234,50\u00a0€')
    expect(figures.get('MQL → SQL')?.[0]).toBe('50\u00a0%')
    expect(figures.get('Zeit bis zum ersten Kontakt')?.[1]).toBe('Median über 3 von 4 MQLs, davon 1 nie kontaktiert')
    expect(screen.getByText(/Das Quartal reicht vom 01\.01\.2027 bis 31\.03\.2027/)).toBeInTheDocument()
    expect(screen.getByText(/1 Zeile mit unlesbarem Datum/).parentElement).toHaveTextContent('z. B. Zeile 7: Zum MQL geworden „31.02.2027 09:00“')
  })

  it('lets the person map the columns of an unknown export, and asks for the two it needs', async () => {
    const unknown = csv([
      ['Kontakt-Nr', 'MQL seit', 'Erstkontakt'],
      ['a1', '2027-01-10 09:00', '2027-01-10 10:00'],
      ['a2', '2027-02-10 09:00', '']
    ])
    const user = await importFile({ canceled: false, name: 'eigenes.csv', data: new TextEncoder().encode(unknown) })
    expect(await screen.findByText(/No known export recognised/)).toBeInTheDocument()
    const compute = screen.getByRole('button', { name: 'Compute figures' })
    expect(compute).toBeDisabled()
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a column for: ID, Became MQL.')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Column for ID' }), 'Kontakt-Nr')
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a column for: Became MQL.')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Column for Became MQL' }), 'MQL seit')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Column for First contact' }), 'Erstkontakt')
    expect(screen.queryByRole('alert')).toBeNull()
    await user.click(compute)
    await screen.findByRole('heading', { name: 'Figures for 2027-Q1' })
    expect(figureRows().get('MQLs')?.[0]).toBe('2')
    expect(figureRows().get('Time to first contact')?.[1]).toBe('median over 1 of 2 MQLs; 1 never contacted')
    // No column for the later stages: those figures are not measured, not zero.
    expect(figureRows().get('SQLs')).toEqual(['—', 'not measured: the export has no column for “Became SQL”'])
    expect(figureRows().get('SQL → customer')?.[1]).toBe('not measured: the export has no column for “Became SQL” and “Became customer”')
    expect(screen.getByText('Every row could be read.')).toBeInTheDocument()
  })

  it.each([
    ['an empty file', new Uint8Array(), 'The file is empty. Nothing was changed.'],
    ['a damaged workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'The file is packed like an Excel workbook but cannot be read as one: it is damaged or no workbook. Export it from the CRM again. Nothing was changed.'],
    [
      'an old Excel workbook',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      'This is an Excel workbook in the old format (.xls) or one protected by a password. Open it in Excel, remove the password if it has one, and save it as an Excel workbook (.xlsx) or as CSV. Nothing was changed.'
    ],
    ['a picture renamed .csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), 'This is neither a CSV export nor an Excel workbook. Export the contacts from the CRM as CSV or Excel (.xlsx). Nothing was changed.'],
    ['a file without a header row', new TextEncoder().encode('123,2027-01-10 09:00,anna@firma.example\n'), 'The file has no header row: its first line already holds data. Export it with column names. Nothing was changed.']
  ])('tells about %s and shows no mapping', async (_, data, message) => {
    await importFile({ canceled: false, name: 'bad.csv', data })
    expect(await screen.findByRole('alert')).toHaveTextContent(message)
    expect(screen.queryByRole('button', { name: 'Compute figures' })).toBeNull()
  })

  it('tells in German about a file over the size limit', async () => {
    await importFile({ canceled: false, error: 'too-large', name: 'riesig.csv', size: 200 * 1024 * 1024 }, 'de')
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Die Datei ist größer als 100 MB. Exportieren Sie einen kürzeren Zeitraum oder weniger Spalten. Es wurde nichts geändert.'
    )
  })

  it('tells about a header without data rows once the import has run', async () => {
    const user = await importFile({ canceled: false, name: 'leer.csv', data: new TextEncoder().encode(csv([HUBSPOT_HEADER])) })
    await user.click(await screen.findByRole('button', { name: 'Compute figures' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('The file has a header row but no data rows. Nothing was changed.')
    expect(screen.queryByRole('heading', { name: /Figures for/ })).toBeNull()
  })

  it('shows how far the import is, and Cancel stops it and says nothing changed', async () => {
    reader.hang = true
    const user = await importFile({ canceled: false, name: 'hubspot.csv', data: englishExport() })
    await user.click(await screen.findByRole('button', { name: 'Compute figures' }))
    const dialog = await screen.findByRole('dialog', { name: 'Reading the CRM export' })
    expect(within(dialog).getByRole('progressbar')).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Reading stopped. Nothing was changed.')
    expect(screen.queryByRole('heading', { name: /Figures for/ })).toBeNull()
  })

  it('does nothing when the person cancels the file dialog', async () => {
    await importFile({ canceled: true })
    expect(bridge.openFile).toHaveBeenCalledWith(expect.objectContaining({ maxBytes: 100 * 1024 * 1024 }))
    expect(screen.queryByRole('alert')).toBeNull()
    expect(bridge.openFile).toHaveBeenCalledWith(expect.objectContaining({ filters: [{ name: 'CSV or Excel export', extensions: ['csv', 'txt', 'xlsx'] }] }))
    expect(screen.getByText(/Import a CSV or Excel export of contacts or leads/)).toBeInTheDocument()
  })
})

describe('using the figures in the review', () => {
  /**
   * Targets as the calculator makes them (with their source), one typed by hand, and two first-contact
   * commitments on a calendar clock: 24 hours, and 2 days.
   */
  function withTargets(): SlaContent {
    const content = slaContent('en')
    const target = (id: string, metric: string, source: 'mqls' | 'revenue' | null, period: 'month' | 'quarter' | 'year' = 'quarter') => ({ id, status: 'agreed' as const, period, metric, team: null, value: 100, unit: '', source })
    const [template] = content.commitments.filter((commitment) => commitment.kind === 'firstContact')
    const commitment = (id: string, value: number, unit: 'hours' | 'days') => ({ ...template!, id, value, unit, description: `First contact within ${value} ${unit}` })
    return {
      ...content,
      targets: [target('t-mqls', 'MQLs handed to sales', 'mqls', 'month'), target('t-revenue', 'Revenue', 'revenue', 'year'), target('t-nps', 'Customer satisfaction', null)],
      commitments: [commitment('c-24h', 24, 'hours'), commitment('c-2d', 2, 'days')],
      governance: { ...content.governance, clock: { mode: 'calendar', workingDays: [1, 2, 3, 4, 5], dayStart: '08:00', dayEnd: '17:00', timeZone: 'Europe/Berlin', holidayRegion: 'BY' } }
    }
  }
  const typed: Review = { ...review, actuals: { 't-mqls': { value: 5, note: 'counted by hand' } } }

  async function figuresShown(shown: Review) {
    await db.reviews.put(shown)
    const user = await importFile({ canceled: false, name: 'hubspot.csv', data: englishExport() }, 'en', withTargets(), shown)
    await user.click(await screen.findByRole('button', { name: 'Compute figures' }))
    await screen.findByRole('heading', { name: 'Figures for 2027-Q1' })
    await user.click(screen.getByRole('button', { name: 'Use these figures' }))
    return user
  }

  it('fills targets, time commitments and the calculator’s rates, marks them as from the export, and keeps the team figures in the review', async () => {
    await figuresShown(review)
    await waitFor(async () => expect((await db.reviews.get('r1'))?.actuals['t-revenue']?.value).toBe(1234.5))
    const kept = (await db.reviews.get('r1'))!
    // The quarter's figures, also for a monthly and a yearly target: the review converts those targets to the quarter.
    expect(kept.actuals['t-mqls']).toEqual({ value: 4, note: '', fromCrm: true })
    expect(kept.actuals['t-nps']).toBeUndefined()
    // Response times 2 h, 24 h and 4 h (one MQL never contacted): the 90th percentile is 24 h, i.e. 1 of the 2-day commitment's days.
    expect(kept.actuals['c-24h']).toEqual({ value: 24, note: '', fromCrm: true })
    expect(kept.actuals['c-2d']).toEqual({ value: 1, note: '', fromCrm: true })
    // 4 contacts created in the quarter all became MQL; 2 of 4 MQLs became SQL; 1 of the quarter's 2 SQLs became customer.
    expect(kept.actualRates).toEqual({ visitToLead: null, leadToMql: 100, mqlToSql: 50, sqlToCustomer: 50 })
    expect(kept.crm).toMatchObject({ fileName: 'hubspot.csv', importedAt: IMPORTED_AT, rows: 7, timeZone: 'Europe/Berlin', figures: { period: '2027-Q1', mqls: { count: 4 } } })
    expect(kept.crm!.mapped).toContain('firstContact')
    const notice = within(screen.getByRole('status', { name: 'Notifications' }))
    expect(notice.getByText('7 values filled from the CRM export; the figures are kept in the review.')).toBeInTheDocument()
    // Switched to German while the notice is shown, the notice speaks German too.
    await act(() => i18next.changeLanguage('de'))
    expect(within(screen.getByRole('status', { name: 'Hinweise' })).getByText('7 Werte aus dem CRM-Export übernommen; die Kennzahlen sind im Review gespeichert.')).toBeInTheDocument()
  })

  it('asks before it replaces a typed actual, and keeps it when the person says no', async () => {
    const user = await figuresShown(typed)
    const dialog = await screen.findByRole('dialog', { name: 'Replace typed actuals?' })
    expect(dialog).toHaveTextContent('1 actual or rate already holds a different value typed in.')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect((await db.reviews.get('r1'))?.actuals).toEqual(typed.actuals)
    expect((await db.reviews.get('r1'))?.crm).toBeUndefined()

    await user.click(screen.getByRole('button', { name: 'Use these figures' }))
    await user.click(within(await screen.findByRole('dialog', { name: 'Replace typed actuals?' })).getByRole('button', { name: 'Replace' }))
    await waitFor(async () => expect((await db.reviews.get('r1'))?.actuals['t-mqls']).toEqual({ value: 4, note: 'counted by hand', fromCrm: true }))
  })

  it('keeps the figures and says so when nothing of the SLA can be filled from them', async () => {
    await db.reviews.put(review)
    const content = slaContent('de')
    const handTyped = { ...content, targets: content.targets.map((target) => ({ ...target, source: null })), commitments: [] }
    const user = await importFile({ canceled: false, name: 'hubspot.csv', data: englishExport() }, 'de', handTyped)
    // Without the columns of the later stages no rate is measured (not 0 %).
    for (const concept of ['Angelegt', 'Zum SQL geworden', 'Zum Kunden geworden']) {
      await user.selectOptions(await screen.findByRole('combobox', { name: `Spalte für ${concept}` }), '')
    }
    await user.click(await screen.findByRole('button', { name: 'Zahlen berechnen' }))
    await user.click(await screen.findByRole('button', { name: 'Diese Zahlen übernehmen' }))
    expect(
      await within(screen.getByRole('status', { name: 'Hinweise' })).findByText(
        'Die Kennzahlen sind im Review gespeichert. Kein Ziel, keine Zeitzusage und keine Quote dieses SLA lässt sich daraus füllen: Tragen Sie die Istwerte von Hand ein.'
      )
    ).toBeInTheDocument()
    const kept = (await db.reviews.get('r1'))!
    expect(kept.actuals).toEqual({})
    expect(kept.actualRates).toEqual(review.actualRates)
    expect(kept.crm?.figures.mqls.count).toBe(4)
  })

  it('shows the figures the review kept when it is opened again, and fills from them without a file', async () => {
    await figuresShown(review)
    await waitFor(async () => expect((await db.reviews.get('r1'))?.crm).toBeDefined())
    const kept = (await db.reviews.get('r1'))!
    document.body.innerHTML = ''
    render(<CrmImportSection workshop={finishedWorkshop('en').workshop} content={withTargets()} review={{ ...kept, actuals: {} }} language="en" />)
    expect(screen.getByRole('heading', { name: 'Figures for 2027-Q1' })).toBeInTheDocument()
    expect(figureRows().get('MQLs')).toEqual(['4', 'became MQL in the quarter'])
    expect(screen.getByText(/^7 rows of hubspot\.csv, imported on/)).toBeInTheDocument()
    // What the import noticed is not kept, and the kept figures are not discarded by a click.
    expect(screen.queryByRole('region', { name: 'What the import noticed' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Discard' })).toBeNull()
  })
})

describe('what the workshop remembers, and figures per owner', () => {
  it('proposes the columns confirmed at the last import, also a column mapped by hand', async () => {
    const { workshop } = finishedWorkshop('en')
    await db.workshops.put(workshop)
    await db.reviews.put(review)
    const user = await importFile({ canceled: false, name: 'hubspot.csv', data: englishExport() }, 'en', slaContent('en'))
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Column for Source' }), 'Contact owner')
    await user.click(screen.getByRole('button', { name: 'Compute figures' }))
    await screen.findByRole('heading', { name: 'Figures for 2027-Q1' })
    await waitFor(async () => expect((await db.workshops.get(workshop.id))?.crmMapping?.columns.source).toBe('Contact owner'))

    document.body.innerHTML = ''
    const remembered = (await db.workshops.get(workshop.id))!
    bridge.openFile.mockResolvedValueOnce({ canceled: false, name: 'hubspot-q2.csv', data: Uint8Array.from(englishExport()) })
    render(<CrmImportSection workshop={remembered} content={slaContent('en')} review={review} language="en" />)
    await userEvent.setup().click(screen.getByRole('button', { name: 'Import CRM export (.csv, .xlsx)' }))
    expect(await screen.findByText('Columns as confirmed at this workshop’s last import. Check them and confirm.')).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'Column for Source' })).toHaveValue('Contact owner')
    await db.workshops.clear()
  })

  it('computes figures per owner only when chosen, and never keeps them in the review', async () => {
    await db.reviews.put(review)
    const user = await importFile({ canceled: false, name: 'hubspot.csv', data: englishExport() })
    const perOwner = await screen.findByRole('checkbox', { name: 'Also show the figures per owner' })
    expect(perOwner).not.toBeChecked()
    expect(perOwner).toHaveAccessibleDescription(/works council/)
    await user.click(perOwner)
    await user.click(screen.getByRole('button', { name: 'Compute figures' }))
    await screen.findByRole('heading', { name: 'Figures for 2027-Q1' })
    // Under the team figures, by owner: Ute's two MQLs (one contacted, one never), one SQL; Karl's April MQL is not of the quarter.
    const owners = figureRows(/^Figures per owner$/)
    expect([...owners.keys()]).toEqual(['Karl', 'Lena', 'Ute'])
    expect(owners.get('Ute')?.slice(0, 2)).toEqual(['2', '1'])
    expect(owners.get('Ute')?.[3]).toBe('median over 1 of 2 MQLs; 1 never contacted')
    expect(owners.get('Karl')?.slice(0, 2)).toEqual(['1', '0'])
    await user.click(screen.getByRole('button', { name: 'Use these figures' }))
    await waitFor(async () => expect((await db.reviews.get('r1'))?.crm).toBeDefined())
    const kept = JSON.stringify((await db.reviews.get('r1'))!.crm)
    expect(kept).not.toContain('owners')
    for (const owner of ['Ute', 'Karl', 'Lena']) expect(kept).not.toContain(owner)
  })
})
