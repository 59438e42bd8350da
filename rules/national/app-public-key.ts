import { defineRule, type Issue } from '../engine/types';
import { appPlatforms, compactHex, FINGERPRINT_LENGTHS, isHexOfLength } from './_apps';

/**
 * 公钥 is required per platform (P32, R-rules); the developer reads it from the signing
 * certificate. It is long (a DER or Base64 key of hundreds of characters), so a value of
 * exactly an MD5/SHA-1/SHA-256 length in hex is the fingerprint pasted into the wrong
 * box — both draw APP特征信息无效.
 */
export default defineRule({
  id: 'national/app-public-key',
  severity: 'error',
  family: 'apps',
  scope: { serviceKinds: ['app'] },
  reads: ['apps[].platforms'],
  texts: {
    'zh-CN': {
      title: '每个平台须填写签名证书的公钥',
      messages: {
        missing: '未填写公钥，每个平台都须填写签名证书的公钥。',
        fingerprint: '这里填的像是证书指纹（MD5/SHA值），不是公钥；公钥是证书中很长的一串字符。',
      },
      why: '公钥是APP特征信息之一，须由开发者从签名证书中导出填写；为空或填成指纹会收到“APP特征信息无效”整改通知。',
      fix: '请开发者从签名证书中导出公钥（如 keytool -list -rfc 或 openssl x509 -pubkey），完整粘贴到公钥栏，指纹填在签名MD5栏。',
    },
    en: {
      title: "Each platform needs the signing certificate's public key",
      messages: {
        missing: "No public key given; every platform needs the signing certificate's public key.",
        fingerprint: 'This looks like a certificate fingerprint (MD5/SHA), not the public key, which is a long string from the certificate.',
      },
      why: 'The public key is part of the app feature information and is exported by the developer from the signing certificate; an empty key or a fingerprint draws an "invalid app feature information" rectification notice.',
      fix: 'Have the developer export the public key from the signing certificate (e.g. keytool -list -rfc or openssl x509 -pubkey) and paste it whole; the fingerprint goes in the signature field.',
    },
  },
  sources: ['P32', 'R-rules', 'HW-app-features'],
  reviewedAt: '2026-11-29',
  check(form) {
    const { md5, sha1, sha256 } = FINGERPRINT_LENGTHS;
    return appPlatforms(form).flatMap(({ path, entry: p }): Issue<'missing' | 'fingerprint'>[] => {
      if (p.publicKey === undefined) return [];
      const field = `${path}.publicKey`;
      const compact = compactHex(p.publicKey);
      if (compact === '') return [{ field, message: 'missing' }];
      return isHexOfLength(compact, md5, sha1, sha256) ? [{ field, message: 'fingerprint' }] : [];
    });
  },
});
