import { View } from '@tarojs/components'
import { useState } from 'react'
import { ChoiceList } from '@/components/ChoiceList'
import { claimKinds, type ClaimKind } from '@/domain/claims/claimKind'
import { claimKindHint, claimKindName } from '@/i18n/claimKinds'
import { evidenceText as m } from '@/i18n/evidence'
import './prepare.css'

interface ClaimKindPickerProps {
  kind: ClaimKind
  inferred: boolean
  /** null: go back to the kind the lender suggests. */
  onChoose: (kind: ClaimKind | null) => void
}

/** 案由一行：当前案由（是否按原告推断），点“修改案由”展开四个选项。 */
export function ClaimKindPicker({ kind, inferred, onChoose }: ClaimKindPickerProps) {
  const [open, setOpen] = useState(false)
  return (
    <View className='prep-card' data-testid='claim-kind'>
      <View className='prep-row'>
        <View className='prep-row__main'>
          <View className='prep-label'>{m.claimKindTitle}</View>
          <View data-testid='claim-kind-name'>{`${claimKindName[kind]}${inferred ? m.claimKindInferred : ''}`}</View>
        </View>
        <View className='link-button prep-row__side' data-testid='claim-kind-change' onClick={() => setOpen(!open)}>{open ? m.claimKindDone : m.claimKindChange}</View>
      </View>
      {open ? (
        <View>
          <View className='prep-hint'>{m.claimKindLead}</View>
          <ChoiceList
            options={claimKinds.map((value) => ({ value, label: `${claimKindName[value]}：${claimKindHint[value]}` }))}
            selected={[kind]}
            onToggle={(value) => { onChoose(value); setOpen(false) }}
            testIdPrefix='claim-kind'
            label={m.claimKindTitle}
          />
          {!inferred ? <View className='link-button' data-testid='claim-kind-reset' onClick={() => { onChoose(null); setOpen(false) }}>{m.claimKindReset}</View> : null}
        </View>
      ) : null}
    </View>
  )
}
