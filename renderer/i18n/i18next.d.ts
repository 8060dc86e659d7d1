import 'i18next'
import type { AllMessages } from './messages'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: AllMessages }
    returnNull: false
  }
}
