// FINDING (crash in the lowered build): the awaited std::visit of a
// temporary Evaluator whose operator() is async; see
// repro/r01_visit_temporary_visitor.cpp.
#include <asl/task.h>

#include <cstdio>
#include <deque>
#include <functional>
#include <utility>

// A scheduler of our own: suspended awaits queue here, drain() resumes
// them in order, on this thread (deterministic output).
static std::deque<std::function<void()>> g_queue;
[[maybe_unused]] static void drain() {
  while (!g_queue.empty()) {
    auto f = std::move(g_queue.front());
    g_queue.pop_front();
    f();
  }
}
// later(v): suspends once, then yields v.
template <class T> struct Later {
  T val;
  bool await_ready() const noexcept { return false; }
  template <class H> void await_suspend(H h) {
    g_queue.push_back([h]() mutable { h.resume(); });
  }
  T await_resume() { return std::move(val); }
};
template <class T> static Later<T> later(T v) {
  return Later<T>{std::move(v)};
}
// A guard whose destructor prints.
struct Guard {
  const char *name;
  explicit Guard(const char *n) : name(n) { std::printf("  [%s\n", name); }
  Guard(const Guard &) = delete;
  Guard &operator=(const Guard &) = delete;
  ~Guard() { std::printf("  %s]\n", name); }
};
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

// An interpreter for a tiny expression language ported to async: the AST
// is a variant of node kinds (unique_ptr children), evaluation is async
// recursion through std::visit, values have overloaded operators used
// with awaits on both sides, && || ?: short-circuit, and a division by
// zero unwinds through several frames to a handler.

struct Value {
  long v;
  Value operator+(Value o) const { return {v + o.v}; }
  Value operator*(Value o) const { return {v * o.v}; }
  Value operator/(Value o) const {
    if (o.v == 0)
      throw std::domain_error("divide by zero");
    return {v / o.v};
  }
  bool operator<(Value o) const { return v < o.v; }
  explicit operator bool() const { return v != 0; }
};

struct Node;
using P = std::unique_ptr<Node>;
struct Num {
  long v;
};
struct Var {
  std::string name;
};
struct Bin {
  char op;
  P l, r;
};
struct If {
  P c, t, e;
};
struct Let {
  std::string name;
  P init, body;
};
struct Node {
  std::variant<Num, Var, Bin, If, Let> k;
};

template <class T> P mk(T t) { return P(new Node{std::move(t)}); }
static P num(long v) { return mk(Num{v}); }
static P var(std::string n) { return mk(Var{std::move(n)}); }
static P bin(char op, P l, P r) {
  return mk(Bin{op, std::move(l), std::move(r)});
}

using Env = std::map<std::string, Value>;
static int g_steps = 0;

ASL_ASYNC asl::Task<Value> eval(const Node &n, Env &env);

struct Evaluator {
  Env &env;
  ASL_ASYNC asl::Task<Value> operator()(const Num &x) {
    co_return Value{x.v};
  }
  ASL_ASYNC asl::Task<Value> operator()(const Var &x) {
    auto it = env.find(x.name);
    if (it == env.end())
      throw std::out_of_range("unbound " + x.name);
    co_return co_await later(it->second);
  }
  ASL_ASYNC asl::Task<Value> operator()(const Bin &b) {
    switch (b.op) {
    case '+':
      co_return co_await eval(*b.l, env) + co_await eval(*b.r, env);
    case '*':
      co_return co_await eval(*b.l, env) * co_await eval(*b.r, env);
    case '/':
      co_return co_await eval(*b.l, env) / co_await eval(*b.r, env);
    case '<':
      co_return Value{co_await eval(*b.l, env) < co_await eval(*b.r, env)};
    case '&':
      co_return Value{static_cast<bool>(co_await eval(*b.l, env)) &&
                      static_cast<bool>(co_await eval(*b.r, env))};
    case '|':
      co_return Value{static_cast<bool>(co_await eval(*b.l, env)) ||
                      static_cast<bool>(co_await eval(*b.r, env))};
    default:
      throw std::invalid_argument(std::string("op ") + b.op);
    }
  }
  ASL_ASYNC asl::Task<Value> operator()(const If &i) {
    co_return co_await eval(*i.c, env) ? co_await eval(*i.t, env)
                                       : co_await eval(*i.e, env);
  }
  ASL_ASYNC asl::Task<Value> operator()(const Let &l) {
    Value old{0};
    bool had = env.count(l.name) != 0;
    if (had)
      old = env[l.name];
    env[l.name] = co_await eval(*l.init, env);
    try {
      Value r = co_await eval(*l.body, env);
      had ? void(env[l.name] = old) : void(env.erase(l.name));
      co_return r;
    } catch (...) {
      std::printf("  unwinding let %s\n", l.name.c_str());
      had ? void(env[l.name] = old) : void(env.erase(l.name));
      throw;
    }
  }
};

ASL_ASYNC asl::Task<Value> eval(const Node &n, Env &env) {
  ++g_steps;
  co_return co_await std::visit(Evaluator{env}, n.k);
}

ASL_ASYNC asl::Task<void> run(const char *what, P prog) {
  Env env{{"one", Value{1}}};
  g_steps = 0;
  try {
    Value v = co_await eval(*prog, env);
    std::printf("%s = %ld (%d steps, %zu vars)\n", what, v.v, g_steps,
                env.size());
  } catch (const std::domain_error &e) {
    std::printf("%s: math error %s\n", what, e.what());
  } catch (const std::exception &e) {
    std::printf("%s: error %s (%zu vars)\n", what, e.what(), env.size());
  }
}

int main() {
  std::vector<std::pair<const char *, P>> progs;
  progs.emplace_back("arith", bin('+', num(2), bin('*', num(3), var("one"))));
  progs.emplace_back("let", mk(Let{"x", num(6),
                                  bin('*', var("x"), mk(Let{"x", num(2),
                                                           var("x")}))}));
  progs.emplace_back("div0",
                     mk(Let{"y", num(4), bin('/', var("y"),
                                             bin('+', num(0), num(0)))}));
  progs.emplace_back("short", bin('|', var("one"), var("nope")));
  progs.emplace_back("and", bin('&', num(0), var("nope")));
  progs.emplace_back("unbound", bin('&', num(1), var("nope")));
  progs.emplace_back("if", mk(If{bin('<', num(1), num(2)), num(10),
                                 var("nope")}));
  progs.emplace_back("badop", bin('%', num(1), num(2)));
  for (auto &[name, p] : progs) {
    asl::Task<void> t = run(name, std::move(p));
    drain();
    asl::sync_wait(std::move(t));
  }
}
