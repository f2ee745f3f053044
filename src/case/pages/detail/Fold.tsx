import { View } from '@tarojs/components'
import { useState, type ReactNode } from 'react'
import './Fold.css'

/** 展开/收起的按钮：读屏念出名字和是否已展开。受控用法（open/onToggle）给一组里共用一个开关的地方。 */
export function FoldToggle({ label, open, onToggle, testId }: { label: string; open: boolean; onToggle: () => void; testId: string }) {
  return (
    <View className='fold__toggle' role='button' aria-role='button' aria-expanded={open} data-testid={`fold-${testId}`} onClick={onToggle}>
      {`${label} ${open ? '▴' : '▾'}`}
    </View>
  )
}

/** 收起的细节（条文、少见的例外）：先给结论，细节点开再看。 */
export function Fold({ label, testId, children }: { label: string; testId: string; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  return (
    <View className='fold'>
      <FoldToggle label={label} open={open} onToggle={() => setOpen(!open)} testId={testId} />
      {open ? children : null}
    </View>
  )
}
