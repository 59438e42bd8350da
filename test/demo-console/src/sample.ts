/**
 * A sample order (synthetic data only) loaded by edit mode (`?mode=edit`): the order was
 * sent back, its verified data is locked, the rest can be changed.
 */
import { makeCreditCode, makeIdNumber } from '../../support/synthetic-ids';
import { emptyPrincipal, emptyWebsite, order, type Principal } from './store';

function samplePrincipal(): Principal {
  return {
    ...emptyPrincipal(),
    name: '李演示',
    idType: 'resident-id',
    idNumber: makeIdNumber({ region: '440305', birth: '1990-01-01', sequence: '123' }),
    validRange: ['2016-05-01', '2036-05-01'],
    mobile: '13800000000',
    emergencyPhone: '13900000000',
    email: 'demo@example.com',
  };
}

export function loadSampleOrder(mode: 'new' | 'edit'): void {
  order.mode = mode;
  order.verified = true;
  Object.assign(order.verify, {
    region: 'GD',
    nature: 'enterprise',
    subjectName: '深圳演示科技有限公司',
    certType: 'business-licence',
    certNumber: makeCreditCode(),
    resourceType: 'ecs',
    serviceType: 'website',
    domain: 'example.com',
  });
  Object.assign(order.subject, {
    certAddress: '广东省深圳市南山区演示路1号演示大厦101室',
    mailingRegion: ['广东省', '深圳市', '南山区'],
    mailingDetail: '演示路1号演示大厦101室',
    investor: '深圳演示科技有限公司',
    principal: samplePrincipal(),
  });
  const site = emptyWebsite();
  Object.assign(site, {
    name: '演示科技官网',
    mainDomain: 'example.com',
    homepageUrl: 'example.com',
    ipRanges: [{ start: '192.0.2.10', end: '192.0.2.10' }],
    serviceContent: ['unit-portal'],
    languages: ['zh-Hans'],
    preApprovals: ['none'],
    sameAsSubject: true,
    principal: samplePrincipal(),
  });
  order.websites = [site];
}
