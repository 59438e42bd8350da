import { defineRule, type Issue } from '../engine/types';
import { appPlatforms, compactHex, FINGERPRINT_LENGTHS, isHexOfLength } from './_apps';

/**
 * 签名MD5 (P32, K-APP): Android wants the MD5 fingerprint of the signing certificate (32 hex
 * digits), iOS the SHA-1 fingerprint (40 hex) in the same field, HarmonyOS the
 * certificate's fingerprint (length not stated: MD5, SHA-1 or SHA-256 accepted here).
 * The wrong fingerprint for the platform is the usual mistake and draws APP特征信息无效.
 */
export default defineRule({
  id: 'national/app-signature',
  severity: 'error',
  family: 'apps',
  scope: { serviceKinds: ['app'] },
  reads: ['apps[].platforms'],
  texts: {
    'zh-CN': {
      title: '签名MD5须是平台要求的证书指纹',
      messages: {
        missing: '未填写签名MD5，每个平台都须填写。',
        sha1ForAndroid: '安卓平台需填写签名证书的MD5值（32位十六进制），这里填的像是SHA-1值（40位）。',
        android: '安卓平台的签名MD5应为32位十六进制字符（可带冒号分隔）。',
        md5ForIos: 'iOS平台此处需填写签名证书的SHA-1值（40位十六进制），这里填的像是MD5值（32位）。',
        ios: 'iOS平台此处应填写签名证书的SHA-1值：40位十六进制字符（可带冒号分隔）。',
        harmonyos: '鸿蒙平台应填写签名证书的指纹值（十六进制，可带冒号分隔）。',
      },
      why: '安卓填写签名证书的MD5值，iOS在该栏填写证书的SHA-1值，鸿蒙填写证书指纹；填写错误会收到“APP特征信息无效”整改通知。',
      fix: '安卓可用 keytool -list -v -keystore 你的签名文件 查看MD5；iOS在钥匙串中查看发布证书的SHA-1指纹；冒号可保留。',
    },
    en: {
      title: 'The signature field must hold the fingerprint the platform asks for',
      messages: {
        missing: 'No signature fingerprint given; every platform needs one.',
        sha1ForAndroid: 'Android needs the MD5 of the signing certificate (32 hex digits); this looks like a SHA-1 (40).',
        android: 'The Android signature MD5 must be 32 hexadecimal digits (colons allowed).',
        md5ForIos: 'iOS needs the SHA-1 of the signing certificate here (40 hex digits); this looks like an MD5 (32).',
        ios: "iOS needs the signing certificate's SHA-1 here: 40 hexadecimal digits (colons allowed).",
        harmonyos: "HarmonyOS needs the signing certificate's fingerprint (hexadecimal, colons allowed).",
      },
      why: 'Android takes the signing certificate\'s MD5, iOS its SHA-1 in the same field, HarmonyOS the certificate fingerprint; a wrong value draws an "invalid app feature information" rectification notice.',
      fix: "Android: keytool -list -v -keystore <your keystore> shows the MD5; iOS: Keychain Access shows the distribution certificate's SHA-1; colons may stay.",
    },
  },
  sources: ['P32', 'K-APP', 'HW-app-features', 'R-rules'],
  reviewedAt: '2026-11-29',
  check(form) {
    const { md5, sha1, sha256 } = FINGERPRINT_LENGTHS;
    return appPlatforms(form).flatMap(({ path, entry: p }): Issue<'missing' | 'sha1ForAndroid' | 'android' | 'md5ForIos' | 'ios' | 'harmonyos'>[] => {
      if (p.signatureMd5 === undefined || !p.platform || p.platform === 'other') return [];
      const field = `${path}.signatureMd5`;
      const value = compactHex(p.signatureMd5);
      if (value === '') return [{ field, message: 'missing' }];
      if (p.platform === 'android') return isHexOfLength(value, md5) ? [] : [{ field, message: isHexOfLength(value, sha1) ? 'sha1ForAndroid' : 'android' }];
      if (p.platform === 'ios') return isHexOfLength(value, sha1) ? [] : [{ field, message: isHexOfLength(value, md5) ? 'md5ForIos' : 'ios' }];
      return isHexOfLength(value, md5, sha1, sha256) ? [] : [{ field, message: 'harmonyos' }];
    });
  },
});
