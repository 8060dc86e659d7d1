import { localeOf, type Language } from '../../shared/domain/language'

/**
 * The page's texts, written for a phone in the room. Its own small catalogue (the app's i18next
 * catalogues would weigh more than the whole page); German mirrors English key for key, which
 * the type checks.
 */
const en = {
  title: 'Take part',
  chooseTeam: 'Which team are you in?',
  privacy: 'Nobody sees who you are: your answers reach the facilitator’s laptop without your name and without anything about your phone.',
  team: { marketing: 'Marketing', sales: 'Sales', management: 'Management', other: 'Other' },
  joining: 'Joining…',
  joined: 'You take part as {team}.',
  waiting: 'Nothing is open right now. Keep this page open: the next question appears here.',
  reconnecting: 'Reconnecting…',
  closed: 'This room was closed or restarted. To take part again, scan the new QR code on the screen or type the new room code.',
  enterCode: 'Type the new room code',
  full: 'The room is full. Ask the facilitator to make room.',
  joinsLimited: 'Too many phones joined from this network address just now. Please wait a minute and try again.',
  busy: 'Too many answers at once. Yours is kept and sent again in a moment.',
  failed: 'That did not work. Please try again.',
  questionClosed: 'This question was closed before your answer arrived.',
  rate: {
    title: 'How much does each area hurt today?',
    scale: '1 = hardly, 5 = a lot. Tap again to change.',
    choice: '{area}: {rating}'
  },
  cards: {
    voice: 'A voice (anonymous)',
    giveGet: 'What your team needs from the other',
    concern: 'A concern or fear',
    parking: 'For the parking lot',
    label: 'Your card',
    send: 'Send card',
    left: '{count} characters left',
    sentCount: 'Cards you sent: {count}'
  },
  dots: {
    left: 'Dots left: {count} of {total}',
    add: 'One more dot for “{option}”',
    remove: 'One dot fewer for “{option}”',
    onOption: '{count} on “{option}”',
    send: 'Send my dots',
    change: 'Send changed dots',
    sent: 'Your dots are sent'
  },
  agree: {
    title: 'Can you agree to this?',
    agree: 'Agree',
    notYet: 'Not yet'
  },
  shown: {
    title: 'On the screen',
    dots: '{count} dots',
    agreed: '{agree} agree, {notYet} not yet',
    heat: '{average} from {count}'
  },
  code: {
    intro: 'Type the room code shown on the screen next to the QR code.',
    label: 'Room code',
    example: 'Six letters and digits, for example K7M 2QX',
    enter: 'Join the room',
    checking: 'Checking…',
    shape: 'A room code has six letters and digits, without 0, 1, I, L or O. Please check it on the screen.',
    wrong: 'No room has this code. Please check it on the screen and try again.',
    tooMany: 'Too many tries. You can try again in {wait}.',
    failed: 'The laptop cannot be reached. Is your phone on the same Wi-Fi as the laptop?'
  }
}

export type Texts = typeof en

const de: Texts = {
  title: 'Mitmachen',
  chooseTeam: 'Zu welchem Team gehören Sie?',
  privacy: 'Niemand sieht, wer Sie sind: Ihre Antworten erreichen den Laptop der Moderation ohne Ihren Namen und ohne Angaben zu Ihrem Handy.',
  team: { marketing: 'Marketing', sales: 'Vertrieb', management: 'Geschäftsleitung', other: 'Andere' },
  joining: 'Verbinden …',
  joined: 'Sie machen mit als {team}.',
  waiting: 'Gerade ist nichts geöffnet. Lassen Sie diese Seite offen: Die nächste Frage erscheint hier.',
  reconnecting: 'Verbindung wird wiederhergestellt …',
  closed: 'Dieser Raum wurde geschlossen oder neu gestartet. Um wieder mitzumachen, scannen Sie den neuen QR-Code auf der Leinwand oder geben Sie den neuen Raumcode ein.',
  enterCode: 'Neuen Raumcode eingeben',
  full: 'Der Raum ist voll. Bitten Sie die Moderation, Platz zu schaffen.',
  joinsLimited: 'Über diese Netzwerkadresse sind gerade zu viele Handys beigetreten. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.',
  busy: 'Zu viele Antworten auf einmal. Ihre ist gespeichert und wird gleich noch einmal gesendet.',
  failed: 'Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.',
  questionClosed: 'Diese Frage wurde geschlossen, bevor Ihre Antwort ankam.',
  rate: {
    title: 'Wie sehr schmerzt jeder Bereich heute?',
    scale: '1 = kaum, 5 = sehr. Zum Ändern einfach neu tippen.',
    choice: '{area}: {rating}'
  },
  cards: {
    voice: 'Eine Stimme (anonym)',
    giveGet: 'Was Ihr Team vom anderen braucht',
    concern: 'Ein Bedenken oder eine Befürchtung',
    parking: 'Für den Themenspeicher',
    label: 'Ihre Karte',
    send: 'Karte senden',
    left: 'Noch {count} Zeichen',
    sentCount: 'Von Ihnen gesendete Karten: {count}'
  },
  dots: {
    left: 'Übrige Punkte: {count} von {total}',
    add: 'Ein Punkt mehr für „{option}“',
    remove: 'Ein Punkt weniger für „{option}“',
    onOption: '{count} auf „{option}“',
    send: 'Punkte senden',
    change: 'Geänderte Punkte senden',
    sent: 'Ihre Punkte sind gesendet'
  },
  agree: {
    title: 'Können Sie dem zustimmen?',
    agree: 'Zustimmen',
    notYet: 'Noch nicht'
  },
  shown: {
    title: 'Auf der Leinwand',
    dots: '{count} Punkte',
    agreed: '{agree} stimmen zu, {notYet} noch nicht',
    heat: '{average} aus {count}'
  },
  code: {
    intro: 'Geben Sie den Raumcode ein, der auf der Leinwand neben dem QR-Code steht.',
    label: 'Raumcode',
    example: 'Sechs Buchstaben und Ziffern, zum Beispiel K7M 2QX',
    enter: 'Zum Raum',
    checking: 'Wird geprüft …',
    shape: 'Ein Raumcode hat sechs Buchstaben und Ziffern, ohne 0, 1, I, L und O. Bitte prüfen Sie ihn auf der Leinwand.',
    wrong: 'Zu diesem Code gibt es keinen Raum. Bitte prüfen Sie ihn auf der Leinwand und versuchen Sie es noch einmal.',
    tooMany: 'Zu viele Versuche. In {wait} können Sie es noch einmal versuchen.',
    failed: 'Der Laptop ist nicht erreichbar. Ist Ihr Handy im selben WLAN wie der Laptop?'
  }
}

export const TEXTS: Record<Language, Texts> = { en, de }

/** Seconds as a reader says them, never broken across lines: `6 seconds`, `1 Sekunde`. */
export function formatSeconds(seconds: number, language: Language): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(seconds).replace(/ /g, '\u00a0')
}

/** The phone's own language, until the room says the workshop's. */
export const phoneLanguage = (): Language => (navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en')

/** Fills the `{name}` blanks of a text; the values are already written for the reader (numbers through Intl). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}
