// The microphone, for the studio only: asked for when the interpreter first taps Record (never
// before), recorded with MediaRecorder, and measured while it records (a level for the meter; a
// take that stayed silent or hit the ceiling is flagged). Nothing leaves the device here.
import type { TakeFlag } from './takes';

export type MicProblem = 'denied' | 'missing' | 'unsupported' | 'failed';

export class MicError extends Error {
  constructor(readonly problem: MicProblem) {
    super(problem);
  }
}

export interface Recorded {
  audio: Blob;
  /** Media type, e.g. "audio/webm;codecs=opus". */
  type: string;
  seconds: number;
  flags: TakeFlag[];
}

export interface Recording {
  /** Ends the take and hands it over. */
  stop(): Promise<Recorded>;
  /** Throws the take away (quick exit, leaving the screen). */
  cancel(): void;
}

export interface Microphone {
  /** Starts a take; `onLevel` hears the level (0 to 1) about 20 times a second. */
  record(onLevel: (level: number) => void): Recording;
  /** Lets go of the microphone (the browser's recording indicator goes off). */
  close(): void;
}

/** Formats to record in, best first: Opus where the browser has it (small), else MP4 (Safari). */
const TYPES = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4', 'audio/webm'];
/** Loudest level (RMS) below which a take counts as silent: about -40 dBFS. */
const SILENT = 0.01;
/** A sample this close to full scale was cut off: the take is clipped. */
const CEILING = 0.99;

export function canRecord(): boolean {
  return typeof globalThis.navigator?.mediaDevices?.getUserMedia === 'function' && typeof globalThis.MediaRecorder === 'function';
}

function problemOf(error: unknown): MicProblem {
  switch ((error as DOMException)?.name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
    case 'NotReadableError':
      return 'missing';
    case 'TypeError':
      return 'unsupported';
    default:
      return 'failed';
  }
}

/** Asks for the microphone (the browser's prompt appears now, the first time). */
export async function openMicrophone(): Promise<Microphone> {
  if (!canRecord()) throw new MicError('unsupported');
  let stream: MediaStream;
  try {
    // The voice as it is: automatic gain would push a take into clipping (and hide it from the
    // meter), noise suppression eats soft syllables; nothing plays while recording, so no echo.
    stream = await navigator.mediaDevices.getUserMedia({
      audio: { channelCount: 1, echoCancellation: false, autoGainControl: false, noiseSuppression: false },
    });
  } catch (error) {
    throw new MicError(problemOf(error));
  }
  const context = new AudioContext();
  const analyser = context.createAnalyser();
  analyser.fftSize = 2048;
  context.createMediaStreamSource(stream).connect(analyser);
  const type = TYPES.find((t) => MediaRecorder.isTypeSupported(t));

  return {
    record(onLevel) {
      void context.resume();
      const recorder = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
      const chunks: Blob[] = [];
      recorder.ondataavailable = (e) => e.data.size > 0 && chunks.push(e.data);
      const ended = new Promise<Blob>((resolve, reject) => {
        recorder.onstop = () => resolve(new Blob(chunks, { type: recorder.mimeType || type || 'audio/webm' }));
        recorder.onerror = () => reject(new MicError('failed'));
      });
      const samples = new Float32Array(analyser.fftSize);
      let loudest = 0;
      let clipped = 0;
      const meter = setInterval(() => {
        analyser.getFloatTimeDomainData(samples);
        let sum = 0;
        let peak = 0;
        for (const x of samples) {
          sum += x * x;
          peak = Math.max(peak, Math.abs(x));
        }
        const rms = Math.sqrt(sum / samples.length);
        loudest = Math.max(loudest, rms);
        if (peak >= CEILING) clipped += 1;
        onLevel(levelOf(rms));
      }, 50);
      const started = performance.now();
      recorder.start();
      const finish = () => {
        clearInterval(meter);
        if (recorder.state !== 'inactive') recorder.stop();
      };
      return {
        async stop() {
          const seconds = (performance.now() - started) / 1000;
          finish();
          const audio = await ended;
          const flags: TakeFlag[] = [];
          if (loudest < SILENT) flags.push('silent');
          if (clipped >= 2) flags.push('clipped');
          return { audio, type: audio.type, seconds: Math.round(seconds * 10) / 10, flags };
        },
        cancel() {
          recorder.ondataavailable = null;
          finish();
        },
      };
    },
    close() {
      stream.getTracks().forEach((t) => t.stop());
      void context.close();
    },
  };
}

/** RMS to a meter position: -60 dBFS and below is 0, full scale is 1. */
export function levelOf(rms: number): number {
  if (rms <= 0) return 0;
  return Math.min(1, Math.max(0, (20 * Math.log10(rms) + 60) / 60));
}
