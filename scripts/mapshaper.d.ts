// mapshaper ships no types; this covers the one call scripts/build-geometry.ts makes.
declare module 'mapshaper' {
  /** File contents by file name, for in-memory input and output. */
  type MapshaperFiles = Record<string, string | Uint8Array>;

  interface Mapshaper {
    /** Runs a command line against in-memory files and resolves to the files written by `-o`. */
    applyCommands(commands: string, input?: MapshaperFiles): Promise<MapshaperFiles>;
  }

  const mapshaper: Mapshaper;
  export default mapshaper;
}
