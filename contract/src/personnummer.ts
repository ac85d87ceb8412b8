// The one personnummer/samordningsnummer check, for the API (422 on any free-text field) and the web forms
// (instant feedback). Pure TypeScript, no dependency, no regex: one hand-written pass over the text, so the
// work is linear in its length whatever it contains (docs/domain.md, "Personnummer check").
// Never log, echo or return the number itself: callers get positions at most.

/** The field message shown wherever free text holds a personnummer (backend 422 and web form alike). */
export const personnummerMessage =
  'Fältet innehåller ett personnummer eller samordningsnummer. Ta bort det – systemet får inte innehålla uppgifter om enskilda personer.'

/** Where a personnummer sits in the text: `text.slice(start, end)`, for highlighting, never for logging. */
export interface PersonnummerPosition {
  start: number
  end: number
}

/**
 * The positions of every valid personnummer or samordningsnummer in `text`:
 * `ÅÅMMDD` or `SSÅÅMMDD` (century 18, 19 or 20), then `-`, `+`, one space (also no-break or a dash variant)
 * or nothing, then `NNNK`; a real date (samordningsnummer: day + 60) and a correct Luhn check digit.
 * A candidate touching another digit is part of a longer number and does not count.
 */
export function findPersonnummer(text: string): PersonnummerPosition[] {
  const found: PersonnummerPosition[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    while (i < n && isDigit(text.charCodeAt(i))) i++
    const run = i - start // a maximal digit run: text[start - 1] and text[i] are not digits
    if (run === 10 || run === 12) {
      if (isPersonnummer(text, start, run - 4, start + run - 4)) found.push({ start, end: i })
    } else if ((run === 6 || run === 8) && i + 5 <= n && isSeparator(text.charCodeAt(i)) && isDigitRun(text, i + 1, 4)) {
      if (isPersonnummer(text, start, run, i + 1)) found.push({ start, end: i + 5 })
      // the four digits are scanned again as a run of their own: at most five characters twice
    }
  }
  return found
}

/** True when `text` holds at least one valid personnummer or samordningsnummer (see `findPersonnummer`). */
export function containsPersonnummer(text: string): boolean {
  return findPersonnummer(text).length > 0
}

const ZERO = 48
const isDigit = (code: number) => code >= ZERO && code <= ZERO + 9
const digit = (text: string, at: number) => text.charCodeAt(at) - ZERO
const pair = (text: string, at: number) => digit(text, at) * 10 + digit(text, at + 1)

/** `-`, `+`, space; also no-break spaces and the dashes a word processor puts in place of `-`. */
const separators = new Set([0x2d, 0x2b, 0x20, 0xa0, 0x202f, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212])
const isSeparator = (code: number) => separators.has(code)

/** Exactly `length` digits at `from`, not followed by another digit. */
function isDigitRun(text: string, from: number, length: number): boolean {
  for (let k = from; k < from + length; k++) if (!isDigit(text.charCodeAt(k))) return false
  return !isDigit(text.charCodeAt(from + length)) // NaN past the end: not a digit
}

/** Date part at `datePos` (6 or 8 digits), last four at `lastPos`: a real date and a correct check digit. */
function isPersonnummer(text: string, datePos: number, dateLength: number, lastPos: number): boolean {
  let century: number | undefined
  if (dateLength === 8) {
    century = pair(text, datePos)
    if (century < 18 || century > 20) return false
    datePos += 2
  }
  const yy = pair(text, datePos)
  const month = pair(text, datePos + 2)
  let day = pair(text, datePos + 4)
  if (day > 60) day -= 60 // samordningsnummer
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, century === undefined ? undefined : century * 100 + yy, yy)) return false
  return luhnValid(text, datePos, lastPos)
}

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Days in the month; without a century, 29 February counts in every year divisible by four (00 too: 2000). */
function daysIn(month: number, year: number | undefined, yy: number): number {
  if (month !== 2) return monthDays[month - 1]
  const leap = year === undefined ? yy % 4 === 0 : (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return leap ? 29 : 28
}

/** Luhn over ÅÅMMDDNNNK: weights 2,1,2,1,… on the first nine, digit sums, plus K, ≡ 0 (mod 10). */
function luhnValid(text: string, datePos: number, lastPos: number): boolean {
  let sum = 0
  for (let k = 0; k < 10; k++) {
    const d = digit(text, k < 6 ? datePos + k : lastPos + k - 6)
    const product = k % 2 === 0 ? d * 2 : d
    sum += product > 9 ? product - 9 : product
  }
  return sum % 10 === 0
}
