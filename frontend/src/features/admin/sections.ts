/** The parts of /administration, each at its own address: /administration/strategi and so on. */
export const adminSections = ['strategi', 'perioder', 'organisationer', 'anvandare'] as const
export type AdminSection = (typeof adminSections)[number]
