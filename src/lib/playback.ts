// Plays a take from the device for the interpreter to check. Decoded and played through Web
// Audio rather than an <audio> element with a blob: address, so the page's
// Content-Security-Policy (default-src 'self') stays as strict as it is.

export interface Playing {
  /** Resolves when the take has played to its end, or was stopped. */
  done: Promise<void>;
  stop(): void;
}

let context: AudioContext | undefined;

export async function playBlob(audio: Blob): Promise<Playing> {
  context ??= new AudioContext();
  await context.resume();
  const buffer = await context.decodeAudioData(await audio.arrayBuffer());
  const source = context.createBufferSource();
  source.buffer = buffer;
  source.connect(context.destination);
  const done = new Promise<void>((resolve) => (source.onended = () => resolve()));
  source.start();
  return {
    done,
    stop() {
      try {
        source.stop();
      } catch {
        /* already ended */
      }
    },
  };
}
