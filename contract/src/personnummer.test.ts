import fc from 'fast-check'
import { containsPersonnummer, findPersonnummer } from './personnummer'

/** Test-side Luhn: the check digit for ÅÅMMDDNNN (DOMAIN.md). */
function checkDigit(nine: string): number {
  let sum = 0
  for (let k = 0; k < 9; k++) {
    const product = Number(nine[k]) * (k % 2 === 0 ? 2 : 1)
    sum += product > 9 ? product - 9 : product
  }
  return (10 - (sum % 10)) % 10
}

const two = (n: number) => String(n).padStart(2, '0')

describe('findPersonnummer: found', () => {
  it.each([
    ['10 digits with -', '640823-3234'],
    ['10 digits with +', '640823+3234'],
    ['10 digits with a space', '640823 3234'],
    ['10 digits without separator', '6408233234'],
    ['12 digits with -', '19640823-3234'],
    ['12 digits with +', '19640823+3234'],
    ['12 digits with a space', '19640823 3234'],
    ['12 digits without separator', '196408233234'],
    ['with a no-break space', '640823\u00a03234'],
    ['with an en dash', '640823–3234'],
    ['samordningsnummer', '701063-2391'],
    ['samordningsnummer, 12 digits', '197010632391'],
    ['century 18', '18991231-4565'],
    ['century 20', '20121212-1212'],
    ['29 February 2000, 12 digits', '20000229-1235'],
    ['29 February, 10 digits, year divisible by four', '040229-7899'],
    ['29 February, 10 digits, year 00', '000229-1235'],
    ['31 December', '991231-4565'],
    // as people really type it
    ['two spaces', '640823  3234'],
    ['space, dash, space', '640823 - 3234'],
    ['space, en dash, space, 12 digits', '19640823 – 3234'],
    ['two dashes', '640823--3234'],
    ['a slash', '640823/3234'],
    ['space, slash, space', '640823 / 3234'],
    ['a full stop', '640823.3234'],
    ['a tab', '640823\t3234'],
    ['a line break', '640823\n3234'],
    ['a Windows line break', '640823\r\n3234'],
    ['an ideographic space', '640823\u30003234'],
    ['five separators (the most)', '640823 -  -3234'],
    ['a zero-width space inside the date', '6408\u200b23-3234'],
    ['a soft hyphen inside the last four', '640823-32\u00ad34'],
    ['a zero-width joiner and a word joiner', '64\u200d0823\u2060-3234'],
    ['a combining mark', '6408\u030123-3234'],
    ['full-width digits and dash', '６４０８２３－３２３４'],
    ['full-width digits, no separator', '６４０８２３３２３４'],
    ['Arabic-Indic digits', '٦٤٠٨٢٣-٣٢٣٤'],
    ['Extended Arabic-Indic (Persian) digits', '۶۴۰۸۲۳-۳۲۳۴'],
    ['Devanagari digits', '६४०८२३-३२३४'],
    ['mathematical bold digits', '𝟔𝟒𝟎𝟖𝟐𝟑-𝟑𝟐𝟑𝟒'],
    ['superscript and circled digits (compatibility forms)', '⁶⁴⁰⁸²³-③②③④'],
    ['ASCII and full-width digits mixed', '64０823-3234'],
    ['a letter O for a zero', '64O823-3234'],
    ['a letter o for a zero', '64o823-3234'],
    ['letters O for zeros, 12 digits', '2OOOO229-1235'],
    ['a full-width letter O for a zero', '64Ｏ823-3234'],
  ])('%s: %s', (_case, pn) => {
    expect(findPersonnummer(pn)).toEqual([{ start: 0, end: pn.length }])
  })

  it.each([
    ['inside Swedish text', 'Klienten (640823-3234) har fått stöd.', 10, 21],
    ['at the start', '640823-3234 kontaktade oss', 0, 11],
    ['at the end', 'Uppföljning av 19640823-3234', 15, 28],
    ['after a letter', 'pnr:6408233234', 4, 14],
    ['before punctuation', 'Se 640823-3234.', 3, 14],
    ['between dashes (only digits make a longer number)', 'x-640823-3234-y', 2, 13],
    ['on its own line', 'Ärende\n640823 3234\nAvslutat', 7, 18],
    ['after a letter O (a letter, since reading it as zero gives no valid number)', 'BO640823-3234', 2, 13],
    ['before a letter O', 'Nr 640823-3234OK', 3, 14],
    ['the positions are those of the original text (invisible characters counted)', 'a \u200b640823\u200b-\u200b3234\u200b b', 3, 16],
    ['a byte order mark and direction marks', '\ufeff640823\u200e-\u200f3234', 1, 14],
  ])('%s', (_case, text, start, end) => {
    expect(findPersonnummer(text)).toEqual([{ start, end }])
    expect(containsPersonnummer(text)).toBe(true)
  })

  it('finds every one in a text', () => {
    expect(findPersonnummer('640823-3234 och 701063-2391')).toEqual([
      { start: 0, end: 11 },
      { start: 16, end: 27 },
    ])
  })

  it('a bare ten-digit run that is a valid personnummer counts, whatever it was meant to be (a mobile number without spaces)', () => {
    expect(containsPersonnummer('Ring 0701234569')).toBe(true)
    expect(containsPersonnummer('Ring 070-123 45 69')).toBe(false)
  })
})

describe('findPersonnummer: not found', () => {
  it.each([
    ['organisationsnummer (month 60)', '556016-0680'],
    ['organisationsnummer (month 20)', '212000-0142'],
    ['organisationsnummer without separator', '5560160680'],
    ['organisationsnummer with prefix 16', '16556016-0680'],
    ['ISO date', 'Mötet 2024-03-15 kl. 10'],
    ['date without separators', 'Beslut 20240315'],
    ['date with time', '2024-03-15 10:30'],
    ['short date', 'den 240315'],
    ['Stockholm phone number', '08-123 456 78'],
    ['mobile number', '070-123 45 67'],
    ['mobile number, international', '+46 70 123 45 67'],
    ['Kvinnofridslinjen', 'Kvinnofridslinjen 020-50 50 50'],
    ['wrong check digit', '640823-3235'],
    ['wrong check digit, 12 digits', '19640823-3230'],
    ['month 13', '641332-3234'],
    ['month 00', '640023-3234'],
    ['day 00', '640800-3234'],
    ['31 April', '640431-1234'],
    ['samordningsnummer day 92', '640892-3234'],
    ['29 February, 10 digits, year not divisible by four', '190229-5557'],
    ['29 February 1900', '19000229-5558'],
    ['century 17', '17640823-3234'],
    ['amount', '1 234 567 kr'],
    ['amount with no-break spaces', '12\u00a0345\u00a0678,5 kr'],
    ['inside a 14-digit number', '12640823323456'],
    ['inside an 11-digit number', '16408233234'],
    ['followed by a fifth digit', '640823-32345'],
    ['six separators (too far apart)', '640823 -  - 3234'],
    ['a column of a table (many spaces)', '640823          3234'],
    ['a separator inside the date', '64-08-23-3234'],
    ['spaces inside the date', '64 08 23-3234'],
    ['an underscore as separator', '640823_3234'],
    ['a comma as separator', '640823,3234'],
    ['a colon as separator', '640823:3234'],
    ['a letter O as separator', '640823O3234'],
    ['a letter O at the end of the last four', '640823-323O'],
    ['a letter O at the start of the date', 'O40823-3234'],
    ['a letter O between the parts', '640823 o 3234'],
    ['an O between digits is a zero, never a letter that splits a number', '7O640823-3234'],
    ['a twelve-digit number with letters O and a wrong check digit (ten of its digits would pass)', '18O5O22041O1'],
    ['full-width, wrong check digit', '６４０８２３－３２３５'],
    ['Arabic-Indic, wrong check digit', '٦٤٠٨٢٣-٣٢٣٥'],
    ['a zero-width space, wrong check digit', '640823-32\u200b35'],
    ['a letter O, wrong check digit', '64O823-3235'],
    ['several spaces, wrong check digit', '640823   3235'],
    ['full-width organisationsnummer', '５５６０１６－０６８０'],
    ['Arabic-Indic digit touching the number', '٦640823-3234'],
    ['a date with slashes', '2024/03/15'],
    ['a date with dots', '15.03.2024'],
    ['a date and a time with several spaces', '20240315   10:30'],
    ['a phone number with several spaces', '070  123  45  67'],
    ['a phone number, full-width', '０７０－１２３ ４５ ６７'],
    ['an amount with dots', '1.234.567 kr'],
    ['an amount with a word O', 'Belopp: 1 OOO kr'],
    ['a year range', '2020-2024'],
    ['empty', ''],
    ['digits only', '0000000000000000'],
  ])('%s: %s', (_case, text) => {
    expect(findPersonnummer(text)).toEqual([])
    expect(containsPersonnummer(text)).toBe(false)
  })
})

// ---- property-based: generated personnummer in every format, and near-misses that must never count ----

interface Parts {
  century: number
  yy: number
  month: number
  day: number
  serial: number
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** A real date of birth 1800–2099; `samordning` adds 60 to the day. */
const parts = (samordning: boolean) =>
  fc
    .record({
      year: fc.integer({ min: 1800, max: 2099 }),
      month: fc.integer({ min: 1, max: 12 }),
      dayIndex: fc.nat(),
      serial: fc.integer({ min: 0, max: 999 }),
    })
    .map(({ year, month, dayIndex, serial }): Parts => {
      const day = (dayIndex % daysIn(year, month)) + 1 + (samordning ? 60 : 0)
      return { century: Math.floor(year / 100), yy: year % 100, month, day, serial }
    })

type Form = { long: boolean; separator: string }
const form = fc.record({ long: fc.boolean(), separator: fc.constantFrom('-', '+', ' ', '', '\u00a0', '–') })

/** Written out; `checkShift` 0 keeps the correct check digit, 1–9 makes it wrong. */
function write(p: Parts, f: Form, checkShift = 0): string {
  const nine = `${two(p.yy)}${two(p.month)}${two(p.day)}${String(p.serial).padStart(3, '0')}`
  const check = (checkDigit(nine) + checkShift) % 10
  return `${f.long ? two(p.century) : ''}${nine.slice(0, 6)}${f.separator}${nine.slice(6)}${check}`
}

/** Free text around the number: anything, but never a digit right next to it (nor after letters O next to it, which read as zeros). */
const anyText = fc.string({ maxLength: 40 })
const around = fc.record({
  before: anyText.map((s) => (/\d[Oo]*$/.test(s) ? `${s} ` : s)),
  after: anyText.map((s) => (/^[Oo]*\d/.test(s) ? ` ${s}` : s)),
})
/** Free text without digits, for the near-misses (random digits could form a real number by chance). */
const wordsOnly = fc.string({ unit: fc.constantFrom(...'abcåäö ABC.,:;!?()-+\n\t'.split('')), maxLength: 40 })

describe('findPersonnummer: properties', () => {
  it('finds every valid personnummer and samordningsnummer, in every format, anywhere in any text', () => {
    fc.assert(
      fc.property(fc.boolean().chain(parts), form, around, (p, f, { before, after }) => {
        const pn = write(p, f)
        const found = findPersonnummer(before + pn + after)
        expect(found).toContainEqual({ start: before.length, end: before.length + pn.length })
      }),
      { numRuns: 2000 },
    )
  })

  it('never counts a wrong check digit', () => {
    fc.assert(
      fc.property(fc.boolean().chain(parts), form, fc.integer({ min: 1, max: 9 }), wordsOnly, wordsOnly, (p, f, shift, before, after) => {
        expect(findPersonnummer(before + write(p, f, shift) + after)).toEqual([])
      }),
      { numRuns: 1000 },
    )
  })

  it('never counts an organisationsnummer (month 20 or more), even with a correct check digit', () => {
    fc.assert(
      fc.property(parts(false), fc.integer({ min: 20, max: 99 }), form, wordsOnly, (p, month, f, text) => {
        expect(findPersonnummer(text + write({ ...p, month }, f) + text)).toEqual([])
      }),
      { numRuns: 1000 },
    )
  })

  it('never counts a valid number that is part of a longer digit run', () => {
    const digits = (length: number) => fc.string({ unit: fc.constantFrom(...'0123456789'.split('')), minLength: length, maxLength: length })
    const extra = fc.constantFrom(1, 3).chain(digits) // 2 digits before a 10-digit number could be a real century
    fc.assert(
      fc.property(fc.boolean().chain(parts), form, extra, fc.boolean(), wordsOnly, (p, f, more, prepend, text) => {
        const pn = write(p, f)
        expect(findPersonnummer(text + (prepend ? more + pn : pn + more) + text)).toEqual([])
      }),
      { numRuns: 1000 },
    )
  })

  it('never counts dates, phone numbers or amounts', () => {
    const date = fc.date({ min: new Date('1800-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).chain((d) => {
      const iso = d.toISOString().slice(0, 10)
      return fc.constantFrom(iso, iso.replace(/-/g, ''), iso.slice(2).replace(/-/g, ''), `${iso} 10:30`, iso.split('-').reverse().join('/'))
    })
    const group = (min: number, max: number) => fc.integer({ min: 10 ** (min - 1), max: 10 ** max - 1 }).map(String)
    const phone = fc.oneof(
      fc.tuple(group(1, 3), group(3, 3), group(2, 2), group(2, 2)).map(([a, b, c, d]) => `0${a}-${b} ${c} ${d}`),
      fc.tuple(group(1, 1), group(3, 3), group(3, 3), group(2, 2)).map(([a, b, c, d]) => `0${a}-${b} ${c} ${d}`),
      fc.tuple(group(2, 2), group(3, 3), group(2, 2), group(2, 2)).map(([a, b, c, d]) => `+46 ${a} ${b} ${c} ${d}`),
    )
    const amount = fc
      .double({ min: 0, max: 1e13, noNaN: true })
      .map((x) => `${new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }).format(x)} kr`)
    fc.assert(
      fc.property(fc.oneof(date, phone, amount), wordsOnly, (value, text) => {
        expect(findPersonnummer(`${text} ${value} ${text}`)).toEqual([])
      }),
      { numRuns: 2000 },
    )
  })
})

// ---- the same, in the forms people really type: other digits, invisible characters, separator runs, O for 0 ----

/** The digit zeros of some scripts: ASCII, full-width, Arabic-Indic, Extended Arabic-Indic, Devanagari, Thai, mathematical bold. */
const ZEROS = { ascii: 0x30, fullWidth: 0xff10, arabicIndic: 0x660, persian: 0x6f0, devanagari: 0x966, thai: 0xe50, mathBold: 0x1d7ce }
const digitStyle = fc.constantFrom(...(Object.keys(ZEROS) as (keyof typeof ZEROS)[]))
/** ASCII digits of `text` in another script's digits. */
const inDigits = (text: string, style: keyof typeof ZEROS) => text.replace(/[0-9]/g, (d) => String.fromCodePoint(ZEROS[style] + Number(d)))

/** Zero-width space, soft hyphen, zero-width (non-)joiner, word joiner, byte order mark, left-to-right mark, a combining mark. */
const invisible = fc.constantFrom('\u200b', '\u00ad', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u0301')
/** Invisible characters after some of the characters of `text` but the last (`where`: one flag per character). */
const withInvisible = (text: string, where: boolean[], marks: string[]) =>
  [...text].map((ch, k, all) => (where[k % where.length] && k < all.length - 1 ? ch + marks[k % marks.length] : ch)).join('')

/** A run of one to five separators as people type them. */
const separatorRun = fc
  .array(fc.constantFrom(' ', ' ', '-', '–', '—', '/', '.', '+', '\t', '\n', '\u00a0', '\u3000', '－', '／'), {
    minLength: 1,
    maxLength: 5,
  })
  .map((chars) => chars.join(''))

/** Zeros with a digit on both sides within a part written as the letter O or o (the flags choose which). */
function zerosAsO(text: string, which: boolean[]): string {
  const chars = [...text]
  return chars
    .map((ch, k) =>
      ch === '0' && /\d/.test(chars[k - 1] ?? '') && /\d/.test(chars[k + 1] ?? '') && which[k % which.length] ? (k % 2 ? 'o' : 'O') : ch,
    )
    .join('')
}

/** A personnummer in a typed form; `checkShift` as in write. */
function typed(p: Parts, f: { long: boolean; separator: string }, checkShift = 0) {
  return write(p, { long: f.long, separator: '\u0000' }, checkShift).replace('\u0000', f.separator)
}

const flags = fc.array(fc.boolean(), { minLength: 1, maxLength: 12 })
const marks = fc.array(invisible, { minLength: 1, maxLength: 4 })
const longOrShort = fc.boolean()

/** Each new form on its own, both ways: the valid number is found where it stands, the wrong check digit never. */
const forms: [string, fc.Arbitrary<(pn: string) => string>, fc.Arbitrary<string>][] = [
  ['other digits', digitStyle.map((style) => (pn: string) => inDigits(pn, style)), fc.constantFrom('-', ' ', '')],
  [
    'invisible characters inside',
    fc.tuple(flags, marks).map(
      ([where, m]) =>
        (pn: string) =>
          withInvisible(pn, where, m),
    ),
    fc.constantFrom('-', ' ', ''),
  ],
  ['a run of separators', fc.constant((pn: string) => pn), separatorRun],
  ['O for a zero', flags.map((which) => (pn: string) => zerosAsO(pn, which)), fc.constantFrom('-', ' ', '')],
  [
    'all at once',
    fc.tuple(digitStyle, flags, marks, flags).map(
      ([style, where, m, which]) =>
        (pn: string) =>
          withInvisible(inDigits(zerosAsO(pn, which), style), where, m),
    ),
    separatorRun,
  ],
]

describe.each(forms)('findPersonnummer: properties of a form people type — %s', (_name, shape, separator) => {
  it('finds every valid personnummer and samordningsnummer written that way, where it stands', () => {
    fc.assert(
      fc.property(fc.boolean().chain(parts), longOrShort, separator, shape, wordsOnly, wordsOnly, (p, long, sep, render, before, after) => {
        const pn = render(typed(p, { long, separator: sep }))
        const lead = `${before} `
        expect(findPersonnummer(`${lead}${pn} ${after}`)).toEqual([{ start: lead.length, end: lead.length + pn.length }])
      }),
      { numRuns: 500 },
    )
  })

  it('never counts the same with a wrong check digit', () => {
    fc.assert(
      fc.property(
        fc.boolean().chain(parts),
        longOrShort,
        separator,
        shape,
        fc.integer({ min: 1, max: 9 }),
        wordsOnly,
        (p, long, sep, render, shift, text) => {
          expect(findPersonnummer(`${text} ${render(typed(p, { long, separator: sep }, shift))} ${text}`)).toEqual([])
        },
      ),
      { numRuns: 500 },
    )
  })

  it('never counts an organisationsnummer written that way', () => {
    fc.assert(
      fc.property(
        parts(false),
        fc.integer({ min: 20, max: 99 }),
        longOrShort,
        separator,
        shape,
        wordsOnly,
        (p, month, long, sep, render, text) => {
          expect(findPersonnummer(`${text} ${render(typed({ ...p, month }, { long, separator: sep }))} ${text}`)).toEqual([])
        },
      ),
      { numRuns: 300 },
    )
  })

  it('never counts dates, phone numbers or amounts written that way', () => {
    const date = fc.date({ min: new Date('1800-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).chain((d) => {
      const iso = d.toISOString().slice(0, 10)
      return fc.constantFrom(
        iso,
        iso.replace(/-/g, ''),
        iso.slice(2).replace(/-/g, ''),
        `${iso} 10:30`,
        iso.split('-').reverse().join('/'),
        iso.split('-').reverse().join('.'),
      )
    })
    const group = (min: number, max: number) => fc.integer({ min: 10 ** (min - 1), max: 10 ** max - 1 }).map(String)
    // the separators between the groups written as runs, as in the numbers
    const phone = fc
      .tuple(group(1, 3), group(3, 3), group(2, 2), group(2, 2), separator, separator)
      .map(([a, b, c, d, s, t]) => `0${a}${s}${b}${t}${c} ${d}`)
    const amount = fc
      .double({ min: 0, max: 1e13, noNaN: true })
      .map((x) => `${new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }).format(x)} kr`)
    fc.assert(
      fc.property(fc.oneof(date, phone, amount), shape, wordsOnly, (value, render, text) => {
        expect(findPersonnummer(`${text} ${render(value)} ${text}`)).toEqual([])
      }),
      { numRuns: 1000 },
    )
  })
})

describe('findPersonnummer: bounded work', () => {
  const size = 100_000
  /** The fastest of three runs: the machine's other work only ever adds time */
  const fastest = (run: () => void) =>
    Math.min(
      ...[0, 1, 2].map(() => {
        const started = performance.now()
        run()
        return performance.now() - started
      }),
    )
  const repeat = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

  it.each([
    ['one digit run', repeat('7')],
    ['date parts and separators', repeat('640823-')],
    ['almost-numbers', repeat('640823-323 ')],
    ['wrong check digits', repeat('640823-3235 ')],
    ['valid numbers back to back', repeat('640823-3234 ')],
    ['separators only', repeat('-+ ')],
    ['short runs and separators', repeat('1-2+3 4')],
    ['separator runs', repeat('640823 - / 3235 ')],
    ['over-long separator runs', repeat('6408 -  -  - - ')],
    ['letters O between digits', repeat('6O4O8O2O3O')],
    ['letters O and digits alternating with separators', repeat('O1O-O1O ')],
    ['invisible characters between digits', repeat('6\u200b4\u00ad0')],
    ['full-width digits', repeat('６４０８２３－３２３')],
    ['Arabic-Indic digits', repeat('٦٤٠٨٢٣-٣٢٣٤٥')],
    ['mathematical digits (surrogate pairs)', repeat('𝟔𝟒𝟎𝟖𝟐𝟑-')],
    ['valid numbers typed every which way', repeat('６４O８２３ - 3\u200b234 ')],
  ])('a 100 kB string of %s is checked in under 50 ms', (_case, text) => {
    findPersonnummer(text) // warm up the JIT once
    expect(fastest(() => findPersonnummer(text))).toBeLessThan(50)
  })

  it('100 kB of distinct code points of every script (each read from the class table) is checked in under 50 ms', () => {
    let text = ''
    for (let code = 0x100; text.length < size; code++) text += `${String.fromCodePoint(code)}${code % 7 === 0 ? '1- ' : ''}`
    text = text.slice(0, size)
    findPersonnummer(text)
    expect(fastest(() => findPersonnummer(text))).toBeLessThan(50)
  })

  it('the class table is built once, at the first check, in well under 200 ms', () => {
    jest.isolateModules(() => {
      const fresh: typeof import('./personnummer') = require('./personnummer')
      const started = performance.now()
      expect(fresh.findPersonnummer('Klient ６４０８２３－３２３４')).toHaveLength(1)
      expect(performance.now() - started).toBeLessThan(200)
    })
  })
})
