/**
 * The order being filled in: one reactive object shared by every step (the real console keeps
 * it server-side; the demo keeps it in the page, uploads as file names only — no request ever
 * leaves the page).
 */
import { reactive, watch } from 'vue';

export interface Principal {
  name: string;
  idType: string;
  idNumber: string;
  /** 证件有效期 as ['YYYY-MM-DD', 'YYYY-MM-DD'] (end ignored when longTerm). */
  validRange: string[];
  longTerm: boolean;
  mobile: string;
  smsCode: string;
  emergencyPhone: string;
  email: string;
  officePhone: string;
}

export interface IpRange {
  start: string;
  end: string;
}

export interface PreApprovalEntry {
  number: string;
  files: string[];
}

export interface Website {
  name: string;
  mainDomain: string;
  subDomains: string[];
  homepageUrl: string;
  ipRanges: IpRange[];
  serviceContent: string[];
  languages: string[];
  preApprovals: string[];
  preApprovalDetails: Record<string, PreApprovalEntry>;
  remark: string;
  sameAsSubject: boolean;
  principal: Principal;
}

export interface AppPlatformRow {
  platform: string;
  packageName: string;
  publicKey: string;
  signatureMd5: string;
}

export interface AppInfo {
  name: string;
  platforms: AppPlatformRow[];
  domains: string[];
  ips: string[];
  serviceContent: string[];
  languages: string[];
  preApprovals: string[];
  preApprovalDetails: Record<string, PreApprovalEntry>;
  remark: string;
  sameAsSubject: boolean;
  principal: Principal;
}

export function emptyPrincipal(): Principal {
  return {
    name: '',
    idType: '',
    idNumber: '',
    validRange: [],
    longTerm: false,
    mobile: '',
    smsCode: '',
    emergencyPhone: '',
    email: '',
    officePhone: '',
  };
}

export function emptyWebsite(): Website {
  return {
    name: '',
    mainDomain: '',
    subDomains: [],
    homepageUrl: '',
    ipRanges: [{ start: '', end: '' }],
    serviceContent: [],
    languages: [],
    preApprovals: [],
    preApprovalDetails: {},
    remark: '',
    sameAsSubject: false,
    principal: emptyPrincipal(),
  };
}

export function emptyApp(): AppInfo {
  return {
    name: '',
    platforms: [{ platform: '', packageName: '', publicKey: '', signatureMd5: '' }],
    domains: [''],
    ips: [''],
    serviceContent: [],
    languages: [],
    preApprovals: [],
    preApprovalDetails: {},
    remark: '',
    sameAsSubject: false,
    principal: emptyPrincipal(),
  };
}

function initialState() {
  return {
    /**
     * 'new' = 首次备案; 'edit' = an order sent back for changes (locked fields greyed);
     * 'change' = a 变更 order on the filed record (filed.ts), its type in `filingType`.
     */
    mode: 'new' as 'new' | 'edit' | 'change',
    /** Vocabulary id of a change order's type (change-subject / change-service / change-filing). */
    filingType: '',
    verified: false,
    submitted: false,
    verify: {
      region: '',
      nature: '',
      subjectName: '',
      certType: '',
      certNumber: '',
      resourceType: '',
      authCode: '',
      serviceType: 'website' as 'website' | 'app',
      domain: '',
      appName: '',
    },
    subject: {
      certAddress: '',
      mailingRegion: [] as string[],
      mailingDetail: '',
      investor: '',
      remark: '',
      principal: emptyPrincipal(),
    },
    websites: [emptyWebsite()] as Website[],
    apps: [emptyApp()] as AppInfo[],
    /** Upload slot id → chosen file names (kept in memory only). */
    uploads: {} as Record<string, string[]>,
  };
}

export type OrderState = ReturnType<typeof initialState>;

/**
 * The real console saves the order server-side and refills the form after a reload (without
 * input events). The demo keeps it in sessionStorage (this tab only) for the same effect.
 */
const STORAGE_KEY = 'demo-console-order';

function restored(): OrderState {
  try {
    const saved = sessionStorage.getItem(STORAGE_KEY);
    if (saved) return { ...initialState(), ...(JSON.parse(saved) as Partial<OrderState>) };
  } catch {
    // Storage unavailable or corrupt: start blank.
  }
  return initialState();
}

export const order = reactive(restored());

watch(order, () => sessionStorage.setItem(STORAGE_KEY, JSON.stringify(order)), { deep: true });

export function resetOrder(): void {
  Object.assign(order, initialState());
}
