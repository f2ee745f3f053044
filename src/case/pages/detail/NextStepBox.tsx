import { View } from '@tarojs/components'
import { openPage } from '@/adapters/navigation'
import { TermText } from '@/components/Term'
import type { NextStep } from '@/domain/lifecycle/nextStep'
import type { TimelineNote, TimelineNoteCode } from '@/domain/lifecycle/timelineNotes'
import { lifecycleText as m, nextStepText } from '@/i18n/lifecycle'
import { timelineNoteText } from '@/i18n/lifecycleNotes'
import { routes, type Route } from '@/routes'
import { HelpList } from './HelpList'
import './StageStrip.css'

/** 时效的几行去“核对诉讼请求”回答问题；“原告是不是原出借方”去“修改”。 */
type NoteLink = { key: 'claim-check' | 'intake'; route: Route; label: string }
const CLAIM_CHECK: NoteLink = { key: 'claim-check', route: routes.claimCheck, label: m.openClaimCheck }
const NOTE_LINK: Partial<Record<TimelineNoteCode, NoteLink>> = {
  limitation_raise_in_answer: CLAIM_CHECK,
  limitation_raise_in_objection: CLAIM_CHECK,
  limitation_before_promising: CLAIM_CHECK,
  limitation_enter_filing_date: CLAIM_CHECK,
  assignment_check_plaintiff: { key: 'intake', route: routes.intake, label: m.editCase },
}

/** 详情页最上面：现在该做什么（一句话），下面是要注意的几行（诉讼时效、债权转让），各带去处和可展开的依据。 */
export function NextStepBox({ next, notes, caseId }: { next: NextStep; notes: readonly TimelineNote[]; caseId: string }) {
  const links = [...new Set(notes.map((n) => NOTE_LINK[n.code]).filter((l): l is NoteLink => l !== undefined))]
  return (
    <View className='stages__next' data-testid='next-step' data-code={next.code}>
      <View className='stages__next-title' role='heading' aria-role='heading' aria-level={2}>{m.nextStepTitle}</View>
      <View data-conclusion='next-step'><TermText text={nextStepText[next.code](next.params)} /></View>
      {notes.length > 0 ? (
        <View data-testid='timeline-notes'>
          <View className='stages__next-title stages__notes-title'>{m.notesTitle}</View>
          <HelpList items={notes} text={(code) => timelineNoteText[code]} testId='note' />
          {links.map((link) => (
            <View key={link.key} className='link-button' role='link' data-testid={`note-link-${link.key}`} onClick={() => openPage(link.route, link.key === 'claim-check' ? { id: caseId, section: 'limitation' } : { id: caseId })}>{link.label}</View>
          ))}
        </View>
      ) : null}
    </View>
  )
}
