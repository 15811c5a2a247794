import { describe, expect, it } from 'vitest';
import { letForConst, letForConstPlugin } from './let-for-const';

describe('let for const', () => {
  it('writes every const declaration as let, nested, in loop heads, destructuring and exports', () => {
    const code = 'const f=()=>{const a=1;for(const b of c)g(b);const{d,e}=h;return a+d};export const x=f();';
    expect(letForConst(code, true)).toBe('let f=()=>{let a=1;for(let b of c)g(b);let{d,e}=h;return a+d};export let x=f();');
  });

  it('leaves the word in strings, templates, regexes, comments, names and properties as it is', () => {
    const code = 'var s="const x",t=`const ${"const "}`,r=/const /,constant=o.const;/* const */let y=1;';
    expect(letForConst(code, false)).toBe(code);
  });

  it('keeps what the code does', () => {
    const code = 'const n=[];for(const i of[1,2,3]){const d=i*2;n.push(()=>d)}result=n.map(f=>f()).join(",");';
    const run = (source: string) => new Function(`let result;${source}return result;`)() as string;
    expect(run(letForConst(code, false))).toBe('2,4,6');
    expect(letForConst(code, false)).not.toContain('const');
  });

  it('rewrites a chunk as its format reads it: a module\'s imports parse only as a module', () => {
    const plugin = letForConstPlugin();
    expect(plugin.renderChunk('import{a}from"./a.js";const b=a;export{b};', null, { format: 'es' }).code).toBe('import{a}from"./a.js";let b=a;export{b};');
    expect(plugin.renderChunk('(function(){const b=1})();', null, { format: 'iife' }).code).toBe('(function(){let b=1})();');
    expect(() => letForConst('import{a}from"./a.js";', false)).toThrow();
  });
});
