import type { AdviceScenario } from '../scenario'

const AUTHOR = 'coordinator, from 民法典第一百八十八、一百八十九、一百九十五条 and 诉讼时效规定第八、十、十四条'

export const limitationScenarios: AdviceScenario[] = [
  {
    id: 'limitation-card-4-years-no-demand',
    author: AUTHOR,
    restsOn: ['民法典第一百八十八条', '民法典第一百八十九条', '诉讼时效规定第十条'],
    summary: 'A card debt whose last statement fell due four years before the filing, with no demand the user remembers: the defence may be open.',
    today: '2026-12-06',
    facts: {
      case: { procedure: 'ordinary', servedOn: '2026-11-28' },
      limitation: { lastDueOn: '2022-09-05', lastDemand: { known: false, reason: 'none' }, lastRepayment: { known: true, on: '2022-07-01' }, filedOn: '2026-11-10' },
    },
    must: ['limitation:may_have_run'],
    mustNot: ['limitation:not_run'],
  },
  {
    id: 'limitation-sms-demand-restarts',
    author: AUTHOR,
    restsOn: ['民法典第一百九十五条', '诉讼时效规定第八条'],
    summary: 'Same debt, but a collection SMS reached the user two years before the filing: the three years restarted, no defence.',
    today: '2026-12-06',
    facts: {
      case: { procedure: 'ordinary', servedOn: '2026-11-28' },
      limitation: { lastDueOn: '2022-09-05', lastDemand: { known: true, on: '2024-11-01' }, filedOn: '2026-11-10' },
    },
    must: ['limitation:not_run'],
    mustNot: ['limitation:may_have_run'],
  },
  {
    id: 'limitation-instalment-counts-from-last-due',
    author: AUTHOR,
    restsOn: ['民法典第一百八十九条'],
    summary: 'An instalment loan first missed in 2021 but whose last instalment fell due in 2024: counted from the last instalment, not run.',
    today: '2026-12-06',
    facts: {
      case: { procedure: 'simple', servedOn: '2026-11-20' },
      limitation: { lastDueOn: '2024-03-01', lastRepayment: { known: true, on: '2021-04-01' }, lastDemand: { known: false, reason: 'unsure' }, filedOn: '2026-10-15' },
    },
    must: ['limitation:not_run'],
    mustNot: ['limitation:may_have_run'],
  },
]
