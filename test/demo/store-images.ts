/** The store listing images `npm run store:assets` writes to assets/store/, with their sizes (test/unit/store-assets.test.ts checks them). */
export const STORE_IMAGES = {
  huawei: { file: 'screenshot-1-huawei.png', width: 1280, height: 800 },
  checklist: { file: 'screenshot-2-checklist.png', width: 1280, height: 800 },
  aliyun: { file: 'screenshot-3-aliyun.png', width: 1280, height: 800 },
  promo: { file: 'promo-small-440x280.png', width: 440, height: 280 },
} as const;
