// The one personnummer/samordningsnummer check, for the API (422 on any free-text field) and the web forms
// (instant feedback). Pure TypeScript, no dependency: one hand-written pass that normalises the text as people
// really type it (other digit forms, invisible characters, several separators, a letter O for a zero), then one
// pass over the normalised characters, so the work is linear in the text's length whatever it contains
// (docs/domain.md, "Personnummer check"). Regexes only build, once, the table of what each character is.
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
 * `ÅÅMMDD` or `SSÅÅMMDD` (century 18, 19 or 20), then a separator or nothing, then `NNNK`; a real date
 * (samordningsnummer: day + 60) and a correct Luhn check digit. A candidate touching another digit is part of a
 * longer number and does not count. The text is read normalised, as a person means it (`normalise`):
 * - any Unicode digit is a digit (full-width `６４０８２３`, Arabic-Indic `٦٤٠٨٢٣`, and what Unicode's compatibility
 *   form (NFKC) turns into a digit, such as `¹` or `①`);
 * - invisible and format characters (zero-width space, soft hyphen, joiners, direction marks, combining marks)
 *   are not there at all;
 * - the separator is a run of at most five spaces and punctuation marks of the kinds people put there (spaces of
 *   every width, tabs, line breaks, dashes, `+`, `/`, `.`): `640823 - 3234`, `640823  3234`, `640823/3234`;
 * - a letter O or o between digits is a zero (`64O823-3234`); the number counts only if that makes it valid. Any
 *   other O is a letter.
 */
export function findPersonnummer(text: string): PersonnummerPosition[] {
  const t = normalise(text)
  markRuns(t)
  const found: PersonnummerPosition[] = []
  let after = 0 // the entry after the last number found: the next one starts there or later
  for (let p = 0; p < t.length; p++) {
    // a number starts at the first digit of a run of digits
    if (t.kind[p] !== DIGIT || p < after || (p > 0 && t.inRun[p - 1] === 1)) continue
    const end = numberAt(t, p)
    if (end > 0) {
      found.push({ start: t.start[p], end: t.end[end - 1] })
      after = end
    }
  }
  return found
}

/**
 * Marks the runs of digits: maximal sequences of digits and zero letters, without the zero letters at their ends
 * (an O with a digit on both sides is a zero, any other is a letter). One pass.
 */
function markRuns(t: Normalised): void {
  let k = 0
  while (k < t.length) {
    if (t.kind[k] !== DIGIT) {
      k++
      continue
    }
    let last = k // the last digit of the run so far
    let j = k + 1
    for (; j < t.length && (t.kind[j] === DIGIT || t.kind[j] === ZERO_LETTER); j++) if (t.kind[j] === DIGIT) last = j
    t.inRun.fill(1, k, last + 1)
    k = last + 1
  }
}

/**
 * One past the last entry of a valid number that starts at entry `p`, or 0: ten or twelve digits in a row, or six
 * or eight, one separator and four. Its first and last entries are digits, a zero letter inside reads 0, and it is
 * the whole run (no digit, nor a zero letter between digits, before or after it). At most 17 entries are read.
 */
function numberAt(t: Normalised, p: number): number {
  for (const length of LONG_FIRST)
    if (digitsAt(t, p, length) && endsHere(t, p + length) && isPersonnummer(t, p, length - 4, p + length - 4)) return p + length
  for (const length of DATE_LONG_FIRST) {
    const serial = p + length + 1
    if (
      digitsAt(t, p, length) &&
      t.kind[p + length] === SEP &&
      digitsAt(t, serial, 4) &&
      endsHere(t, serial + 4) &&
      isPersonnummer(t, p, length, serial)
    )
      return serial + 4
  }
  return 0
}

const LONG_FIRST = [12, 10]
const DATE_LONG_FIRST = [8, 6]

/** `length` entries from `from` that are digits or zero letters, the first and the last a digit. */
function digitsAt(t: Normalised, from: number, length: number): boolean {
  if (from + length > t.length || t.kind[from] !== DIGIT || t.kind[from + length - 1] !== DIGIT) return false
  for (let k = from + 1; k < from + length - 1; k++) if (t.kind[k] !== DIGIT && t.kind[k] !== ZERO_LETTER) return false
  return true
}

/** The run of digits ends before entry `k`. */
const endsHere = (t: Normalised, k: number) => k >= t.length || t.inRun[k] === 0

/** True when `text` holds at least one valid personnummer or samordningsnummer (see `findPersonnummer`). */
export function containsPersonnummer(text: string): boolean {
  return findPersonnummer(text).length > 0
}

// ---- normalisation: the text as a list of classified characters, each with where it came from ----

const DIGIT = 0
/** a letter O or o: a zero when digits surround it */
const ZERO_LETTER = 1
/** a run of spaces and punctuation (collapsed to one entry): a separator when it is short enough */
const SEP = 2
const OTHER = 3
/** not there at all: invisible and format characters, combining marks */
const SKIP = 4

/** The longest run of spaces and punctuation that still separates the parts of one number. */
const MAX_SEPARATOR = 5

interface Normalised {
  length: number
  kind: Uint8Array
  /** the digit's value (DIGIT) */
  value: Uint8Array
  /** 1 for the entries of a run of digits (markRuns) */
  inRun: Uint8Array
  /** where the entry starts and ends in the original text (UTF-16 indices) */
  start: Int32Array
  end: Int32Array
}

/** One pass: classify each code point, drop the invisible ones, collapse separator runs (too long: OTHER). */
function normalise(text: string): Normalised {
  const n = text.length
  const t: Normalised = {
    length: 0,
    kind: new Uint8Array(n),
    value: new Uint8Array(n),
    inRun: new Uint8Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
  }
  let separatorLength = 0
  for (let i = 0; i < n;) {
    const code = text.codePointAt(i)!
    const width = code > 0xffff ? 2 : 1
    const c = code < 128 ? classifyAscii(code) : classify(code)
    const kind = c >> 4
    if (kind !== SKIP) {
      if (kind === SEP && t.length > 0 && t.kind[t.length - 1] === SEP) {
        // one more in the run: the run stays one entry, and stops being a separator past MAX_SEPARATOR
        t.end[t.length - 1] = i + width
        if (++separatorLength > MAX_SEPARATOR) t.kind[t.length - 1] = OTHER
      } else if (kind === SEP && t.length > 0 && t.kind[t.length - 1] === OTHER && separatorLength > MAX_SEPARATOR) {
        t.end[t.length - 1] = i + width // the rest of an over-long run
      } else {
        separatorLength = kind === SEP ? 1 : 0
        t.kind[t.length] = kind
        t.value[t.length] = c & 15
        t.start[t.length] = i
        t.end[t.length] = i + width
        t.length++
      }
    }
    i += width
  }
  return t
}

const ZERO = 48
/** Classes packed as kind << 4 | digit value. */
const pack = (kind: number, value = 0) => (kind << 4) | value

/**
 * The class of every code point (kind << 4 | digit value), built once at the first check (table): ASCII by hand,
 * the blocks where anything but a letter lives by one scan of each character-class pattern over all of them, and
 * the rest — CJK, Hangul, unassigned planes, private use — as letters.
 */
let classes: Uint8Array | null = null

const classify = (code: number) => (classes ??= table())[code]

function classifyAscii(code: number): number {
  if (code >= ZERO && code <= ZERO + 9) return pack(DIGIT, code - ZERO)
  // space, tab, line feed, vertical tab, form feed, carriage return; + - . /
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x2b || code === 0x2d || code === 0x2e || code === 0x2f) return pack(SEP)
  if (code === 0x4f || code === 0x6f) return pack(ZERO_LETTER)
  return pack(OTHER)
}

/** Blocks where a digit, a space, a dash or an invisible character can be: all of Unicode but CJK, Hangul, surrogates, private use, unassigned planes. */
const SCANNED: [number, number][] = [
  [0x80, 0x33ff],
  [0xa000, 0xabff],
  [0xf900, 0xffff],
  [0x10000, 0x1ffff],
  [0xe0000, 0xe0fff],
]
/** format characters (zero-width space, soft hyphen, joiners, direction marks…), combining marks, Hangul fillers */
const INVISIBLE = /[\p{Cf}\p{M}\u115f\u1160\u3164\uffa0]/gu
const UNICODE_DIGIT = /\p{Nd}/gu
/** spaces of every width, line and paragraph separators, dashes; the minus sign, fraction and division slashes, dot leaders */
const SEPARATOR = /[\p{Z}\p{Pd}\u0085\u2212\u2044\u2215\u2024]/gu

/**
 * Blocks with compatibility variants of digits, spaces, dashes, slashes and the letter O (Latin-1's superscripts,
 * punctuation, super- and subscripts, letterlike symbols, number forms, enclosed and circled numbers, CJK
 * compatibility forms, full-width forms, mathematical letters and digits, enclosed alphanumerics): only there does
 * the compatibility form (NFKC) need to be asked.
 */
const COMPATIBILITY: [number, number][] = [
  [0x80, 0xff],
  [0x2000, 0x2bff],
  [0x3000, 0x33ff],
  [0xfe10, 0xffef],
  [0x1d400, 0x1d7ff],
  [0x1f100, 0x1f1ff],
]

/** The class table (classes); about 10–30 ms, once per process. */
function table(): Uint8Array {
  const t = new Uint8Array(0x110000).fill(pack(OTHER))
  for (let code = 0; code < 128; code++) t[code] = classifyAscii(code)
  const chunks: string[] = []
  for (const [from, to] of SCANNED)
    for (let start = from; start <= to; start += 4096)
      chunks.push(String.fromCodePoint(...Array.from({ length: Math.min(4096, to - start + 1) }, (_, k) => start + k)))
  const text = chunks.join('')
  for (const match of text.matchAll(SEPARATOR)) t[match[0].codePointAt(0)!] = pack(SEP)
  // Unicode keeps every script's digits 0–9 together and in order: a digit's value is its distance from the start of
  // its run of digits, modulo 10 (some runs hold several sets of ten, e.g. the mathematical digits)
  let runStart = -1
  let previous = -2
  for (const match of text.matchAll(UNICODE_DIGIT)) {
    const code = match[0].codePointAt(0)!
    if (code !== previous + 1) runStart = code
    t[code] = pack(DIGIT, (code - runStart) % 10)
    previous = code
  }
  for (const match of text.matchAll(INVISIBLE)) t[match[0].codePointAt(0)!] = pack(SKIP)
  // the compatibility form: full-width and other variants of ASCII (－, ／, Ｏ), superscript and circled digits
  for (const [from, to] of COMPATIBILITY)
    for (let code = from; code <= to; code++) {
      if (t[code] !== pack(OTHER)) continue
      const ch = String.fromCodePoint(code)
      const compatible = ch.normalize('NFKC')
      const folded = compatible.codePointAt(0)!
      if (compatible !== ch && compatible.length === (folded > 0xffff ? 2 : 1)) t[code] = t[folded]
    }
  return t
}

// ---- the checks, on the normalised digits ----

const digit = (t: Normalised, at: number) => (t.kind[at] === DIGIT ? t.value[at] : 0) // a zero letter reads 0
const pair = (t: Normalised, at: number) => digit(t, at) * 10 + digit(t, at + 1)

/** Date part at entry `datePos` (6 or 8 digits), last four at `lastPos`: a real date and a correct check digit. */
function isPersonnummer(t: Normalised, datePos: number, dateLength: number, lastPos: number): boolean {
  let century: number | undefined
  if (dateLength === 8) {
    century = pair(t, datePos)
    if (century < 18 || century > 20) return false
    datePos += 2
  }
  const yy = pair(t, datePos)
  const month = pair(t, datePos + 2)
  let day = pair(t, datePos + 4)
  if (day > 60) day -= 60 // samordningsnummer
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, century === undefined ? undefined : century * 100 + yy, yy)) return false
  return luhnValid(t, datePos, lastPos)
}

const monthDays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Days in the month; without a century, 29 February counts in every year divisible by four (00 too: 2000). */
function daysIn(month: number, year: number | undefined, yy: number): number {
  if (month !== 2) return monthDays[month - 1]
  const leap = year === undefined ? yy % 4 === 0 : (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return leap ? 29 : 28
}

/** Luhn over ÅÅMMDDNNNK: weights 2,1,2,1,… on the first nine, digit sums, plus K, ≡ 0 (mod 10). */
function luhnValid(t: Normalised, datePos: number, lastPos: number): boolean {
  let sum = 0
  for (let k = 0; k < 10; k++) {
    const d = digit(t, k < 6 ? datePos + k : lastPos + k - 6)
    const product = k % 2 === 0 ? d * 2 : d
    sum += product > 9 ? product - 9 : product
  }
  return sum % 10 === 0
}
