import { Text } from '@tarojs/components'
import { splitDates } from '@/i18n/dates'
import './NoBreakDates.css'

/** 一段文字，其中的日期（2026年10月8日（周四））整体不断行；375px 宽的手机上也不会把“（周”和“三）”拆开。 */
export function NoBreakDates({ text }: { text: string }) {
  return (
    <>
      {splitDates(text).map((part, i) => (part.isDate ? <Text key={i} className='no-break-date'>{part.text}</Text> : <Text key={i}>{part.text}</Text>))}
    </>
  )
}
