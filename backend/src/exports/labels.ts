// Swedish names of the contract's enums, as the exports print them (the UI has its own in the frontend's i18n).
import type { ActionStatus, FollowUpState, IndicatorDirection, OrganisationKind } from '@uppfoljning/contract'

export const organisationKindNames: Record<OrganisationKind, string> = {
  municipality: 'Kommun',
  district: 'Stadsdelsområde',
  authority: 'Myndighet',
  region: 'Region',
  association: 'Kommunförbund',
}

export const actionStatusNames: Record<ActionStatus, string> = {
  planned: 'Planerad',
  ongoing: 'Pågår',
  completed: 'Genomförd',
  postponed: 'Uppskjuten',
  cancelled: 'Inställd',
}

export const followUpStateNames: Record<FollowUpState, string> = {
  draft: 'Utkast',
  submitted: 'Inskickad',
  returned: 'Återsänd',
  approved: 'Godkänd',
}

export const directionNames: Record<IndicatorDirection, string> = { increase: 'Ska öka', decrease: 'Ska minska' }

export const verdictNames = { better: 'bättre', worse: 'sämre', unchanged: 'oförändrat' } as const
