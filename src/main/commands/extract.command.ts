import { runExtractCommand } from '../../modules/extraction/index.ts';
import { UsageError, type Command } from './command.ts';

export const extractCommand: Command = {
  name: 'extract',
  summary: 'Extract phones, vehicles, postcodes, people, drugs… from text on standard input',
  usage: `linebreak extract < report.txt

  Reads UTF-8 text (at most 1 MB) on standard input and prints one JSON object:
  {"phones":[{"e164","text","start","end"}],"vehicles":[{"vrm","format","partial",…}],
   "postcodes":[…],"emails":[…],"handles":[…],"addresses":[…],"people":[…],"drugs":[…],
   "childIndicators":[…]}
  Offsets are UTF-16 code units into the input. Exits 1 on invalid or oversized input.`,
  options: {},
  async run({ positionals }, io) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument: ${String(positionals[0])}`);
    return runExtractCommand(io.stdin, io.stdout, io.stderr);
  },
};
