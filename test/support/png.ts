/** What the tests need to know of a PNG file, read from its chunks (no image library). */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** IHDR colour types: 2 = RGB, 6 = RGB with alpha (the others are grey or palette). */
export const PNG_RGB = 2;

export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  /** The names of its chunks, in order (a tRNS chunk gives an RGB image transparency). */
  chunks: string[];
}

/** The header (IHDR) and chunk names of a PNG; throws when the bytes are not a PNG. */
export function readPngHeader(png: Buffer): PngHeader {
  if (png.length < 33 || !png.subarray(0, 8).equals(SIGNATURE) || png.toString('latin1', 12, 16) !== 'IHDR') throw new Error('not a PNG file');
  const chunks: string[] = [];
  // Each chunk: 4-byte length, 4-byte name, data, 4-byte CRC.
  for (let at = 8; at + 8 <= png.length; at += 12 + png.readUInt32BE(at)) chunks.push(png.toString('latin1', at + 4, at + 8));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bitDepth: png[24]!, colorType: png[25]!, chunks };
}
