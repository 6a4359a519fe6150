#!/usr/bin/env python3
"""Generates random, well-formed async C++20 programs for differential fuzzing.

Each seed gives one program: a few ASL_ASYNC functions in their own namespace
and a run() that starts them, sets events in a fixed order, destroys a task
that may still be suspended, and waits for the result. Every step prints, so
the native build and the lowered builds must print exactly the same lines.

What keeps the output deterministic (the C++ standard leaves some orders
unspecified, and g++ and clang++ choose differently):
  - an operator or call whose operands are evaluated in unspecified order has
    at most one operand with a side effect (an await or a printing call);
    only &&, ||, ?:, the comma operator and assignments, whose order C++17
    fixes, combine several;
  - expressions read only the function's own locals and parameters, which no
    other task can change while it is suspended;
  - values are unsigned, so arithmetic wraps instead of overflowing;
  - events are set by run() one at a time, and Event::set resumes waiters in
    the order they started waiting.

What the generator never writes, because the tool refuses it or lowers it
with a known difference (docs/design.md, "Known limits"): coroutine lambdas,
awaits in catch handlers, temporaries of printing class types in awaited
expressions (a spilled class prvalue is moved once more than natively),
references bound to temporaries, and lambdas or local classes alive across
an await.

Reduction: every statement gets a number in generation order; a program
generated with `--drop 3,17` is the same program without statements 3 and 17
(and whatever they contain). The random stream does not depend on what is
dropped, so scripts/fuzz can shrink a failure statement by statement.

Usage:
  generate.py SEED [--drop N,N,...]        one standalone program
  generate.py --batch SEED SEED ...        many programs in one file
"""

import argparse
import random
import sys

PRELUDE = r"""#include <asl/task.h>

#include <cstdio>
#include <stdexcept>
#include <string>

namespace fuzz {

inline void say(const char *what, unsigned value) {
  std::printf("%s %u\n", what, value);
}

// A local whose construction and destruction show in the output.
struct Tracer {
  explicit Tracer(unsigned id) : id(id) { say("+tracer", id); }
  Tracer(const Tracer &) = delete;
  Tracer &operator=(const Tracer &) = delete;
  ~Tracer() { say("-tracer", id); }
  unsigned id;
};

// The exception the programs throw and catch.
struct Err {
  unsigned code;
};

// Completes at once: await_ready says so.
struct Ready {
  unsigned value;
  bool await_ready() const noexcept { return true; }
  template <class Handle> void await_suspend(Handle) const noexcept {}
  unsigned await_resume() const noexcept { return value; }
};

// Completes without suspending: await_suspend declines.
struct Declined {
  unsigned value;
  bool await_ready() const noexcept { return false; }
  template <class Handle> bool await_suspend(Handle) const noexcept {
    return false;
  }
  unsigned await_resume() const noexcept { return value; }
};

} // namespace fuzz
"""

MAX_DEPTH = 3


class Var:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind  # 'u', 'ref', 'tracer', 'tref', 'str', 'task'
        self.used = False
        self.awaited = False  # for tasks


class Func:
    def __init__(self, index, returns_value):
        self.index = index
        self.name = 'f%d' % index
        self.returns_value = returns_value


class Generator:
    def __init__(self, seed, drop=()):
        self.seed = seed
        self.rng = random.Random(seed)
        self.drop = set(drop)
        self.stmt_count = 0
        self.tracer_ids = 0
        self.events = self.rng.randint(1, 4)
        nfuncs = self.rng.randint(1, 4)
        self.funcs = [Func(0, True)] + [
            Func(i, self.rng.random() < 0.75) for i in range(1, nfuncs)]

    # -- helpers ----------------------------------------------------------

    def chance(self, p):
        return self.rng.random() < p

    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def next_tracer(self):
        self.tracer_ids += 1
        return self.tracer_ids

    def fresh(self, prefix):
        self.names += 1
        return '%s%d' % (prefix, self.names)

    def visible(self, kind):
        out = []
        for scope in self.scopes:
            out.extend(v for v in scope if v.kind == kind)
        return out

    # -- expressions ------------------------------------------------------
    # Each returns (text, effectful).

    def pure(self, depth=0):
        """An unsigned expression without side effects."""
        choices = ['lit', 'lit', 'param', 'var', 'var']
        if depth < 2:
            choices += ['bin', 'bin']
        c = self.pick(choices)
        if c == 'param':
            return self.pick(['a', 'b'])
        if c == 'var':
            vs = self.visible('u') + self.visible('ref') + self.visible('i')
            if vs:
                v = self.pick(vs)
                v.used = True
                return v.name
            tr = self.visible('tracer') + self.visible('tref')
            if tr and self.chance(0.5):
                v = self.pick(tr)
                v.used = True
                return '%s.id' % v.name
            ss = self.visible('str')
            if ss and self.chance(0.5):
                v = self.pick(ss)
                v.used = True
                return 'static_cast<unsigned>(%s.size())' % v.name
        if c == 'bin':
            op = self.pick(['+', '-', '*', '^', '%'])
            lhs = self.pure(depth + 1)
            if op == '%':
                return '(%s %% %du)' % (lhs, self.rng.randint(2, 7))
            return '(%s %s %s)' % (lhs, op, self.pure(depth + 1))
        return self.literal()

    def literal(self):
        # Never 2 or 10: `2u ^ x` draws -Wxor-used-as-pow.
        return '%du' % self.pick([0, 1, 3, 4, 5, 6, 7, 8, 9, 12])

    def await_value(self, depth):
        """An await that yields unsigned."""
        callees = [f for f in self.funcs[self.func.index + 1:]
                   if f.returns_value]
        tasks = [t for t in self.scopes[-1]
                 if t.kind == 'task' and not t.awaited
                 and not self.in_loop_head]
        c = self.pick(['call', 'call', 'call', 'ready', 'declined', 'task'])
        if c == 'task' and tasks:
            t = self.pick(tasks)
            t.awaited = True
            t.used = True
            return 'co_await %s' % t.name
        if c in ('call', 'task') and callees:
            f = self.pick(callees)
            return 'co_await %s(%s, %s)' % (f.name, self.pure(1),
                                            self.pure(1))
        if c == 'declined':
            return 'co_await fuzz::Declined{%s}' % self.pure(1)
        return 'co_await fuzz::Ready{%s}' % self.pure(1)

    def expr(self, depth=0):
        """An unsigned expression that may await."""
        if depth >= 2 or not self.in_async:
            return self.pure(1), False
        c = self.pick(['pure', 'await', 'await', 'bin', 'cond', 'comma',
                       'logic'])
        if c == 'await':
            return self.await_value(depth), True
        if c == 'bin':
            # Unspecified order: only one side may have an effect.
            op = self.pick(['+', '-', '*', '^'])
            e, eff = self.expr(depth + 1)
            p = self.pure(1)
            if self.chance(0.5):
                return '(%s %s %s)' % (e, op, p), eff
            return '(%s %s %s)' % (p, op, e), eff
        if c == 'cond':
            cond, ce = self.cond(depth + 1)
            a, ae = self.expr(depth + 1)
            b, be = self.expr(depth + 1)
            return '(%s ? %s : %s)' % (cond, a, b), ce or ae or be
        if c == 'comma':
            a, ae = self.expr(depth + 1)
            b, be = self.expr(depth + 1)
            # The left side must not be a plain value: -Wunused-value.
            if not ae:
                a = 'fuzz::say("comma", %s)' % a
            else:
                a = 'static_cast<void>(%s)' % a
            return '(%s, %s)' % (a, b), True
        if c == 'logic':
            cond, ce = self.cond(depth + 1)
            return '(%s ? 1u : 0u)' % cond, ce
        return self.pure(1), False

    def cond(self, depth=0):
        """A boolean expression that may await."""
        c = self.pick(['cmp', 'cmp', 'and', 'or', 'not'])
        if depth >= 2:
            c = 'cmp'
        if c == 'cmp':
            e, eff = self.expr(depth + 1)
            if self.chance(0.5):
                return '%s %% %du == %du' % (e, self.rng.randint(2, 4),
                                             self.rng.randint(0, 1)), eff
            rhs = self.pure(1)
            if rhs in (e, '0u'):
                # `x < x` and `x < 0u` draw tautological-compare warnings.
                rhs = '(%s + 1u)' % rhs
            return '%s < %s' % (e, rhs), eff
        if c == 'not':
            e, eff = self.cond(depth + 1)
            return '!(%s)' % e, eff
        a, ae = self.cond(depth + 1)
        b, be = self.cond(depth + 1)
        op = '&&' if c == 'and' else '||'
        return '(%s) %s (%s)' % (a, op, b), ae or be

    # -- statements -------------------------------------------------------
    # Each returns a list of lines (without indentation) or [] if dropped.

    def statement(self, depth, loops):
        self.stmt_count += 1
        number = self.stmt_count
        kinds = ['decl', 'decl', 'assign', 'say', 'await', 'await',
                 'tracer', 'ret', 'throw']
        if self.visible('u'):
            kinds.append('ref')
        if self.visible('tracer'):
            kinds.append('tref')
        if self.visible('str'):
            kinds.append('strop')
        kinds.append('str')
        if self.func.index + 1 < len(self.funcs):
            kinds += ['task', 'task']
        if loops:
            kinds += ['jump']
        if depth < MAX_DEPTH:
            kinds += ['if', 'if', 'for', 'while', 'do', 'switch', 'try',
                      'try', 'block']
        kind = self.pick(kinds)
        marks = [(v, v.used, v.awaited) for scope in self.scopes
                 for v in scope]
        lines = getattr(self, 'stmt_' + kind)(depth, loops)
        if number in self.drop:
            for v, used, awaited in marks:
                v.used, v.awaited = used, awaited
            # Still generated, so the random stream stays the same, but
            # variables it declared must not be used by what follows.
            for scope in self.scopes:
                for v in list(scope):
                    if getattr(v, 'stmt', None) == number:
                        scope.remove(v)
            return []
        for scope in self.scopes:
            for v in scope:
                if not hasattr(v, 'stmt'):
                    v.stmt = number
        return ['/* %d */ ' % number + lines[0]] + lines[1:]

    def declare(self, name, kind):
        v = Var(name, kind)
        self.scopes[-1].append(v)
        return v

    def stmt_decl(self, depth, loops):
        e, _ = self.expr()
        v = self.declare(self.fresh('v'), 'u')
        return ['unsigned %s = %s;' % (v.name, e)]

    def stmt_assign(self, depth, loops):
        targets = self.visible('u') + self.visible('ref')
        if not targets:
            return self.stmt_decl(depth, loops)
        # Assigning is not reading: the variable stays unused for
        # close_scope (-Wunused-but-set-variable).
        t = self.pick(targets)
        e, _ = self.expr()
        op = self.pick(['=', '+=', '^=', '*='])
        if e == t.name:
            op = '+='  # not `x = x` (-Wself-assign)
        return ['%s %s %s;' % (t.name, op, e)]

    def stmt_say(self, depth, loops):
        e, _ = self.expr()
        return ['fuzz::say("%s.%d", %s);' % (self.func.name,
                                             self.stmt_count, e)]

    def stmt_await(self, depth, loops):
        if not self.in_async:
            return self.stmt_say(depth, loops)
        c = self.pick(['event', 'event', 'value', 'void'])
        voids = [f for f in self.funcs[self.func.index + 1:]
                 if not f.returns_value]
        if c == 'void' and voids:
            f = self.pick(voids)
            return ['co_await %s(%s, %s);' % (f.name, self.pure(1),
                                              self.pure(1))]
        if c == 'value':
            return ['%s;' % self.await_value(0)]
        return ['co_await ev[%d];' % self.rng.randrange(self.events)]

    def stmt_tracer(self, depth, loops):
        v = self.declare(self.fresh('t'), 'tracer')
        v.used = True
        return ['fuzz::Tracer %s{%du};' % (v.name, self.next_tracer())]

    def stmt_ref(self, depth, loops):
        target = self.pick(self.visible('u'))
        target.used = True
        v = self.declare(self.fresh('r'), 'ref')
        return ['unsigned &%s = %s;' % (v.name, target.name)]

    def stmt_tref(self, depth, loops):
        target = self.pick(self.visible('tracer'))
        v = self.declare(self.fresh('r'), 'tref')
        return ['const fuzz::Tracer &%s = %s;' % (v.name, target.name)]

    def stmt_str(self, depth, loops):
        v = self.declare(self.fresh('s'), 'str')
        return ['std::string %s = "%s";' % (
            v.name, 'x' * self.rng.randint(0, 20))]

    def stmt_strop(self, depth, loops):
        s = self.pick(self.visible('str'))
        s.used = True
        if self.chance(0.5):
            return ['%s += std::to_string(%s);' % (s.name, self.pure(1))]
        return ['std::printf("%s %%s\\n", %s.c_str());' % (
            self.func.name, s.name)]

    def stmt_task(self, depth, loops):
        f = self.pick(self.funcs[self.func.index + 1:])
        v = self.declare(self.fresh('k'), 'task')
        v.used = True
        v.value = f.returns_value
        if not f.returns_value:
            # A void task is only started; leaving its scope destroys it,
            # suspended or not.
            v.awaited = True
        return ['asl::Task<%s> %s = %s(%s, %s);' % (
            'unsigned' if f.returns_value else 'void', v.name, f.name,
            self.pure(1), self.pure(1))]

    def rare_cond(self):
        """A condition for leaving early, true about a quarter of the
        time, so most programs run on past it."""
        c, _ = self.cond()
        return '(%s) && %s %% 4u == %du' % (c, self.pure(1),
                                            self.rng.randint(0, 3))

    def stmt_ret(self, depth, loops):
        if not self.in_async:
            return self.stmt_say(depth, loops)
        c = self.rare_cond()
        if self.func.returns_value:
            e, _ = self.expr()
            return ['if (%s)' % c, '  co_return %s;' % e]
        return ['if (%s)' % c, '  co_return;']

    def stmt_throw(self, depth, loops):
        c = self.rare_cond()
        code = self.rng.randint(1, 99)
        if self.chance(0.7):
            return ['if (%s)' % c, '  throw fuzz::Err{%du};' % code]
        return ['if (%s)' % c,
                '  throw std::runtime_error("error %d");' % code]

    def stmt_jump(self, depth, loops):
        c, _ = self.cond()
        return ['if (%s)' % c, '  %s;' % self.pick(['break', 'continue'])]

    def block(self, depth, loops, at_least=1):
        self.scopes.append([])
        n = self.rng.randint(at_least, 3)
        lines = []
        for _ in range(n):
            lines += self.statement(depth + 1, loops)
        lines += self.close_scope()
        return ['  ' + line for line in lines]

    def close_scope(self):
        """Reads every variable of the scope ending here that nothing read,
        so the program compiles without -Wunused warnings."""
        scope = self.scopes.pop()
        lines = []
        for v in scope:
            if v.used:
                continue
            if v.kind in ('u', 'ref'):
                lines.append('fuzz::say("%s", %s);' % (v.name, v.name))
            elif v.kind == 'tref':
                lines.append('fuzz::say("%s", %s.id);' % (v.name, v.name))
        return lines

    def stmt_block(self, depth, loops):
        return ['{'] + self.block(depth, loops) + ['}']

    def stmt_if(self, depth, loops):
        c, _ = self.cond()
        lines = ['if (%s) {' % c] + self.block(depth, loops)
        if self.chance(0.5):
            lines += ['} else {'] + self.block(depth, loops)
        return lines + ['}']

    def stmt_for(self, depth, loops):
        i = self.fresh('i')
        n = self.rng.randint(1, 3)
        self.scopes.append([])
        # Kind 'i': read but never assigned or referred to, so the loop
        # stays bounded.
        v = self.declare(i, 'i')
        v.used = True
        head = '%s < %du' % (i, n)
        if self.chance(0.3):
            head = '%s && (%s)' % (head, self.loop_head())
        body = self.block(depth, True)
        self.scopes.pop()
        return ['for (unsigned %s = 0; %s; ++%s) {' % (i, head, i)
                ] + body + ['}']

    def loop_counter(self):
        w = self.fresh('w')
        self.scopes[-1].append(Var(w, 'counter'))
        return w

    def loop_head(self):
        # A loop head runs once per iteration: it must not await a task
        # held in a variable, which may be awaited only once.
        self.in_loop_head = True
        c, _ = self.cond(1)
        self.in_loop_head = False
        return c

    def stmt_while(self, depth, loops):
        # The counter goes up first thing, so `continue` cannot loop forever.
        w = self.loop_counter()
        n = self.rng.randint(1, 3)
        head = '%s < %du' % (w, n)
        if self.chance(0.5):
            head = '%s && (%s)' % (head, self.loop_head())
        return ['unsigned %s = 0;' % w, 'while (%s) {' % head,
                '  ++%s;' % w] + self.block(depth, True) + ['}']

    def stmt_do(self, depth, loops):
        w = self.loop_counter()
        n = self.rng.randint(1, 3)
        head = '%s < %du' % (w, n)
        if self.chance(0.4):
            head = '%s && (%s)' % (head, self.loop_head())
        return ['unsigned %s = 0;' % w, 'do {', '  ++%s;' % w
                ] + self.block(depth, True) + ['} while (%s);' % head]

    def stmt_switch(self, depth, loops):
        e, _ = self.expr()
        # `+ a` keeps the condition from being a constant (-Wswitch).
        lines = ['switch ((%s + a) %% 4u) {' % e]
        cases = sorted(self.rng.sample(range(4), self.rng.randint(1, 3)))
        for n, c in enumerate(cases):
            lines.append('case %du: {' % c)
            lines += self.block(depth, loops)
            last = n == len(cases) - 1
            if not last and self.chance(0.3):
                lines += ['}', '  [[fallthrough]];']
            else:
                lines.append('} break;')
        if self.chance(0.5):
            lines += ['default: {'] + self.block(depth, loops) + ['} break;']
        return lines + ['}']

    def stmt_try(self, depth, loops):
        lines = ['try {'] + self.block(depth, loops)
        # No awaits in a handler: C++20 forbids them.
        saved, self.in_async = self.in_async, False
        handlers = self.pick(['err', 'std', 'all', 'err+all', 'err+std'])
        for h in handlers.split('+'):
            if h == 'err':
                lines.append('} catch (const fuzz::Err &e) {')
                lines.append('  fuzz::say("caught", e.code);')
            elif h == 'std':
                lines.append('} catch (const std::exception &e) {')
                lines.append('  std::printf("caught %s\\n", e.what());')
            else:
                lines.append('} catch (...) {')
                lines.append('  fuzz::say("caught ...", 0u);')
            if self.chance(0.25):
                lines.append('  throw;')
            elif self.chance(0.3):
                lines += self.block(depth, loops)
        self.in_async = saved
        return lines + ['}']

    # -- functions and the program ---------------------------------------

    def function(self, f):
        self.func = f
        self.in_async = True
        self.in_loop_head = False
        self.names = 0
        self.scopes = [[]]
        body = ['fuzz::say("enter %s", (a * 10u) + b);' % f.name]
        for _ in range(self.rng.randint(2, 7)):
            body += self.statement(0, False)
        body += self.close_scope()
        self.scopes = [[]]
        if f.returns_value:
            body.append('co_return %s;' % self.pure(0))
        else:
            # Without it a body that happens not to await is no coroutine.
            body.append('co_return;')
        ret = 'unsigned' if f.returns_value else 'void'
        return (['ASL_ASYNC asl::Task<%s> %s(unsigned a, unsigned b) {' % (
            ret, f.name)] + ['  ' + line for line in body] + ['}', ''])

    def run_function(self):
        """Starts the program's tasks, sets the events in order, destroys
        one task early, and waits for the first."""
        lines = ['void run() {']
        doomed = self.chance(0.6)
        drop_at = self.rng.randint(0, self.events)
        if doomed:
            f = self.pick(self.funcs)
            lines.append('  asl::Task<%s> doomed = %s(%du, %du);' % (
                'unsigned' if f.returns_value else 'void', f.name,
                self.rng.randint(0, 9), self.rng.randint(0, 9)))
        lines.append('  asl::Task<unsigned> main_task = f0(%du, %du);' % (
            self.rng.randint(0, 9), self.rng.randint(0, 9)))
        for k in range(self.events + 1):
            if doomed and k == drop_at:
                lines += ['  fuzz::say("destroy", %du);' % k,
                          '  doomed = {};']
            if k < self.events:
                lines += ['  fuzz::say("set", %du);' % k,
                          '  ev[%d].set();' % k]
        lines += ['  try {',
                  '    fuzz::say("result", asl::sync_wait(std::move('
                  'main_task)));',
                  '  } catch (const fuzz::Err &e) {',
                  '    fuzz::say("escaped", e.code);',
                  '  } catch (const std::exception &e) {',
                  '    std::printf("escaped %s\\n", e.what());',
                  '  }', '}']
        return lines

    def program(self):
        """The program's namespace: events, functions (callees first so
        each is declared before use), run()."""
        out = ['// seed %d' % self.seed, 'namespace p%d {' % self.seed, '',
               'asl::Event ev[%d];' % self.events, '']
        bodies = [self.function(f) for f in self.funcs]
        for body in reversed(bodies):
            out += body
        out += self.run_function()
        out += ['', '} // namespace p%d' % self.seed, '']
        return out


def program_text(seed, drop=()):
    return '\n'.join(Generator(seed, drop).program())


def batch_text(programs):
    """One translation unit: the prelude, each program, and a main that runs
    them in order, each behind a line naming its seed."""
    parts = [PRELUDE]
    for seed, drop in programs:
        parts.append(program_text(seed, drop))
    main = ['int main() {']
    for seed, _ in programs:
        main += ['  std::printf("=== seed %d\\n");' % seed,
                 '  std::fflush(stdout);', '  p%d::run();' % seed]
    main += ['  std::printf("=== end\\n");', '}', '']
    parts.append('\n'.join(main))
    return '\n'.join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('seeds', type=int, nargs='+')
    parser.add_argument('--drop', default='',
                        help='statement numbers to leave out (one seed)')
    parser.add_argument('--batch', action='store_true',
                        help='all seeds in one translation unit')
    args = parser.parse_args()
    drop = [int(n) for n in args.drop.split(',') if n]
    if len(args.seeds) > 1 and not args.batch:
        parser.error('several seeds need --batch')
    sys.stdout.write(batch_text([(s, drop) for s in args.seeds]))


if __name__ == '__main__':
    main()
