import { localeOf, type Language } from '../../shared/domain/language'

/** 1.234,50 € (de) / €1,234.50 (en), following the locale (SPEC §2). */
export function formatMoney(value: number, currency: string, language: Language): string {
  try {
    return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency }).format(value)
  } catch {
    // An unknown currency code must never break a screen: show the number with the code.
    return `${formatNumber(value, language, 2)} ${currency}`
  }
}

export function formatNumber(value: number, language: Language, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits }).format(value)
}
