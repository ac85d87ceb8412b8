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
  ])('%s', (_case, text, start, end) => {
    expect(findPersonnummer(text)).toEqual([{ start, end }])
    expect(containsPersonnummer(text)).toBe(true)
  })

  it('finds every one in a text', () => {
    expect(findPersonnummer('640823-3234 och 701063-2391')).toEqual([{ start: 0, end: 11 }, { start: 16, end: 27 }])
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
    ['two separators', '640823--3234'],
    ['two spaces', '640823  3234'],
    ['a separator inside the date', '64-08-23-3234'],
    ['an underscore as separator', '640823_3234'],
    ['a full stop as separator', '640823.3234'],
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
    .record({ year: fc.integer({ min: 1800, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), dayIndex: fc.nat(), serial: fc.integer({ min: 0, max: 999 }) })
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

/** Free text around the number: anything, but never a digit right next to it. */
const anyText = fc.string({ maxLength: 40 })
const around = fc.record({ before: anyText.map((s) => (/\d$/.test(s) ? `${s} ` : s)), after: anyText.map((s) => (/^\d/.test(s) ? ` ${s}` : s)) })
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
    const amount = fc.double({ min: 0, max: 1e13, noNaN: true }).map((x) => `${new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }).format(x)} kr`)
    fc.assert(
      fc.property(fc.oneof(date, phone, amount), wordsOnly, (value, text) => {
        expect(findPersonnummer(`${text} ${value} ${text}`)).toEqual([])
      }),
      { numRuns: 2000 },
    )
  })
})

describe('findPersonnummer: bounded work', () => {
  const size = 100_000
  const repeat = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

  it.each([
    ['one digit run', repeat('7')],
    ['date parts and separators', repeat('640823-')],
    ['almost-numbers', repeat('640823-323 ')],
    ['wrong check digits', repeat('640823-3235 ')],
    ['valid numbers back to back', repeat('640823-3234 ')],
    ['separators only', repeat('-+ ')],
    ['short runs and separators', repeat('1-2+3 4')],
  ])('a 100 kB string of %s is checked in well under 100 ms', (_case, text) => {
    findPersonnummer(text) // warm up the JIT once
    const started = performance.now()
    findPersonnummer(text)
    const elapsed = performance.now() - started
    expect(elapsed).toBeLessThan(100)
  })
})
