/**
 * 协商信和还款方案里的保留条款和附条件的说法（issue 17）：
 * - 民诉法解释第一百零七条（核对过原文）：「在诉讼中，当事人为达成调解协议或者和解协议作出妥协而认可的事实，
 *   不得在后续的诉讼中作为对其不利的根据，但法律另有规定或者当事人均同意的除外。」
 * - 承诺写成以对方书面同意为前提。This lowers the risk, it does not remove it: a court may still read a
 *   letter that offers to pay as agreeing to pay (诉讼时效规定第十四条、第十九条), which is why the page warns
 *   before the letter is made (promiseWarning.ts).
 */
import type { Block } from '../template'

/** The reservation line, in the writer's voice (本人 in a letter, 被告 in a plan). */
export function reservationBlock(who: '本人' | '被告', what: '本函' | '本方案'): Block {
  return {
    kind: 'paragraph',
    text: [`${what}是为协商解决纠纷而提出的。${who}在${what}中作出的让步和认可，仅为达成和解或者调解协议之用，不构成对原告主张的债务数额及其他事实的承认；未达成书面协议的，不得作为对${who}不利的根据（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第一百零七条）。`],
  }
}
