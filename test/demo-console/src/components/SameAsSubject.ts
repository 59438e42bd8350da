/** 同主体负责人: copy the subject principal into a service principal and keep it in sync while ticked. */
import { watch } from 'vue';
import { order, type Principal } from '../store';

export function copyPrincipal(from: Principal, to: Principal): void {
  Object.assign(to, { ...from, validRange: [...from.validRange], smsCode: '' });
}

export function syncWithSubject(owner: { sameAsSubject: boolean; principal: Principal }): void {
  watch(
    () => [owner.sameAsSubject, JSON.stringify(order.subject.principal)],
    () => {
      if (owner.sameAsSubject) copyPrincipal(order.subject.principal, owner.principal);
    },
  );
}
