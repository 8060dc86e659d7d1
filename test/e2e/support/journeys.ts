import type { Page } from 'playwright-core'

/** Small journeys several end-to-end tests start from, driven through the UI like a person. */
export async function createWorkshop(page: Page, title: string, organisation = 'Müller Maschinenbau GmbH') {
  await page.getByRole('button', { name: 'New workshop' }).first().click()
  await page.getByLabel('Title', { exact: true }).fill(title)
  await page.getByLabel('Organisation', { exact: true }).fill(organisation)
  await page.getByRole('button', { name: 'Create workshop' }).click()
  await page.getByRole('heading', { name: 'Workshop details' }).waitFor()
}

export async function saved(page: Page) {
  await page.waitForFunction(() => document.querySelector('[data-save-state]')?.getAttribute('data-save-state') === 'saved')
}

export async function addSigners(page: Page, people: Array<[string, 'Marketing' | 'Sales' | 'Management']>) {
  for (const [index, [name, team]] of people.entries()) {
    await page.getByRole('button', { name: 'Add participant' }).click()
    await page.getByLabel('Name', { exact: true }).nth(index).fill(name)
    await page.getByLabel('Team', { exact: true }).nth(index).selectOption({ label: team })
    await page.getByLabel('Signs the SLA').nth(index).check()
  }
  await saved(page)
}

export async function goToStep(page: Page, name: string | RegExp) {
  await page.getByRole('navigation', { name: 'Workshop sections' }).getByRole('link', { name }).click()
}

export async function tab(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Parts of step 4' }).getByRole('link', { name }).click()
}

/** Quarter targets from the calculator (30 customers, 120 SQLs, 300 MQLs …). */
export async function targetsFromCalculator(page: Page) {
  await goToStep(page, /Service Level Agreement/)
  await tab(page, 'Lead goals calculator')
  const inputs: Array<[string, string]> = [
    ['Revenue goal', '500000'],
    ['Share from marketing-sourced leads', '60'],
    ['Average deal size', '10000'],
    ['Number of sales reps', '5'],
    ['Visit → lead', '2'],
    ['Lead → MQL', '20'],
    ['MQL → SQL', '40'],
    ['SQL → customer', '25']
  ]
  for (const [label, value] of inputs) await page.getByLabel(label, { exact: true }).fill(value)
  await saved(page)
  await page.getByRole('button', { name: 'Use as targets (Per quarter)' }).click()
  // Marketing's MQL commitment (an example 50 a month) follows the calculator: the app asks first.
  const replace = page.getByRole('dialog', { name: 'Replace existing values?' })
  await replace.getByRole('button', { name: 'Replace' }).click()
  await replace.waitFor({ state: 'detached' })
  await saved(page)
}

export async function signTyped(page: Page, name: string) {
  await page.getByRole('button', { name: `Sign as ${name}` }).click()
  const dialog = page.getByRole('dialog', { name: `Signature of ${name}` })
  await dialog.getByText('Type name').click()
  await dialog.getByLabel('Full name').fill(name)
  await dialog.getByLabel('Place').fill('Stuttgart')
  await dialog.getByRole('button', { name: 'Sign now' }).click()
  await dialog.waitFor({ state: 'hidden' })
}

/** Signs the current draft with open items confirmed, by typed names. */
export async function signWithOpenItems(page: Page, names: string[]) {
  await goToStep(page, /Service Level Agreement/)
  await tab(page, 'Check & sign')
  const confirm = page.getByLabel(/We sign with these open items/)
  if (!(await confirm.isChecked())) await confirm.check()
  await saved(page)
  for (const name of names) await signTyped(page, name)
}
