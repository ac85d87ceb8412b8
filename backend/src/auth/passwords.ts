// Passwords: argon2id (OWASP parameters: 19 MiB, 2 iterations, 1 lane), never truncated; weak ones refused; hashes
// made with weaker parameters are upgraded at the next successful sign-in (modules/auth/auth.service.ts).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { hash, verify } from '@node-rs/argon2'

/** The current parameters; a stored hash below any of them is rehashed at the next sign-in (needsRehash). */
const ARGON2 = { algorithm: 2 /* Argon2id (a const enum, not importable here) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const

export const hashPassword = (password: string) => hash(password, ARGON2)

/** Constant work whether or not the user exists: verify against a dummy hash when there is none. */
let dummy: Promise<string> | undefined
export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  dummy ??= hashPassword('ingen-användare-har-detta-lösenord')
  const stored = passwordHash ?? (await dummy)
  const ok = await verify(stored, password).catch(() => false)
  return ok && passwordHash != null
}

/**
 * Whether a stored hash was made with weaker settings than ARGON2: another argon2 variant than argon2id, or less
 * memory, fewer iterations or fewer lanes (read from the hash itself: `$argon2id$v=19$m=19456,t=2,p=1$…`).
 */
export function needsRehash(passwordHash: string): boolean {
  const parts = /^\$(argon2(?:id|i|d))\$v=\d+\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(passwordHash)
  if (!parts) return true
  const [, variant, m, t, p] = parts
  return variant !== 'argon2id' || Number(m) < ARGON2.memoryCost || Number(t) < ARGON2.timeCost || Number(p) < ARGON2.parallelism
}

/**
 * The 100 000 most common breached passwords (backend/data/README.md: SecLists, MIT), lower-cased, plus Swedish ones
 * the list lacks; read once, at the first check (about 6 MB in memory).
 */
let common: Set<string> | undefined
function commonPasswords(): Set<string> {
  if (!common) {
    const list = gunzipSync(readFileSync(join(__dirname, '../../data/common-passwords.txt.gz'))).toString('utf8')
    common = new Set([...list.split('\n').map((line) => line.trim().toLowerCase()), ...SWEDISH])
    common.delete('')
  }
  return common
}

/** Swedish words people build passwords from (seasons, months, greetings, places, this system's own names). */
const SWEDISH = [
  'lösenord',
  'losenord',
  'välkommen',
  'valkommen',
  'sommar',
  'vinter',
  'hösten',
  'hosten',
  'höst',
  'host',
  'våren',
  'varen',
  'vår',
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
  'måndag',
  'tisdag',
  'onsdag',
  'torsdag',
  'fredag',
  'lördag',
  'söndag',
  'hejsan',
  'hemligt',
  'hemlig',
  'sverige',
  'svenska',
  'stockholm',
  'göteborg',
  'goteborg',
  'malmö',
  'malmo',
  'kalle',
  'anka',
  'kalleanka',
  'fotboll',
  'älskling',
  'alskling',
  'kärlek',
  'karlek',
  'jultomten',
  'midsommar',
  'semester',
  'kaffe',
  'uppfoljning',
  'uppföljning',
  'kvinnofrid',
  'operation',
  'kommun',
  'region',
  'polisen',
  'länsstyrelsen',
  'lansstyrelsen',
  'samordnare',
]

/** Characters typed for letters (leetspeak), read back as the letters. */
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
  '@': 'a',
  $: 's',
  '!': 'i',
  '€': 'e',
  '|': 'i',
  '+': 't',
}
const unleet = (text: string) => [...text].map((ch) => LEET[ch] ?? ch).join('')
const trailing = /[^\p{L}]+$/u
const leading = /^[^\p{L}]+/u

/**
 * The forms of a password that are compared with the lists: lower-cased (Unicode compatibility form, Swedish
 * rules); without the digits and symbols at its end (`Summer2024!` → `summer`), also at its start; each of those
 * with leetspeak read back (`P@ssw0rd` → `password`, `4dm1n2024` → `admin`). Cores shorter than three letters
 * are left out (the whole password is still compared).
 */
function passwordForms(password: string): string[] {
  const lower = password.normalize('NFKC').toLocaleLowerCase('sv-SE')
  const end = lower.replace(trailing, '')
  const both = end.replace(leading, '')
  const forms = [end, both, unleet(end), unleet(both), unleet(end).replace(trailing, '').replace(leading, '')].filter(
    (form) => [...form].length >= 3,
  )
  return [...new Set([lower, ...forms])]
}

/** The words of names and addresses, lower-cased, at least two letters: `anna.ek@botkyrka.se` → anna, ek, botkyrka, se. */
const wordsOf = (texts: string[]): Set<string> =>
  new Set(
    texts
      .flatMap((text) =>
        text
          .normalize('NFKC')
          .toLocaleLowerCase('sv-SE')
          .split(/[^\p{L}]+/u),
      )
      .filter((word) => [...word].length >= 2),
  )

/** Whether `text` is nothing but words of `words`, one after the other (`botkyrkakommun`). Quadratic in a short text. */
function madeOf(text: string, words: Set<string>): boolean {
  if (!text) return false
  const reachable = [true, ...Array<boolean>(text.length).fill(false)]
  for (let end = 1; end <= text.length; end++)
    for (let start = 0; start < end && !reachable[end]; start++) reachable[end] = reachable[start] && words.has(text.slice(start, end))
  return reachable[text.length]
}

/**
 * A Swedish message when the password is too weak, else null: shorter than 8 or longer than 256 characters; one of
 * the common passwords in any of its forms (passwordForms); a form made only of the words of `context` (the names
 * of the organisations and the user's own e-mail address: `Botkyrka2024`, `huddinge123`); only repeated or
 * consecutive digits.
 */
export function passwordProblem(password: string, context: string[] = []): string | null {
  if ([...password].length < 8) return 'Lösenordet måste ha minst 8 tecken.'
  if ([...password].length > 256) return 'Lösenordet får ha högst 256 tecken.'
  const forms = passwordForms(password)
  const list = commonPasswords()
  if (forms.some((form) => list.has(form)) || /^(\d)\1*$/.test(password) || /^(0123456789|123456789|12345678)/.test(password))
    return 'Lösenordet är för vanligt och lätt att gissa: det är, eller bygger på, ett av de vanligaste lösenorden. Välj ett längre, t.ex. en mening med några ord.'
  const words = wordsOf(context)
  if (forms.some((form) => madeOf(form.replace(/[^\p{L}]+/gu, ''), words)))
    return 'Lösenordet bygger på ett organisationsnamn eller din e-postadress och är lätt att gissa. Välj ett annat, t.ex. en mening med några ord.'
  return null
}
