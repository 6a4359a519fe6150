// Checks that an exception leaving the scope of a local that lives across an
// await destroys it during stack unwinding, as natively: its destructor sees
// std::uncaught_exceptions() == 1 (C++17's commit-or-roll-back scope guard),
// and the locals of each scope die in reverse declaration order, lifted or
// not. Shapes: an exception leaving the function, or caught by a handler of
// its own try block (nested tries, a handler that does not match, a
// rethrow from a handler, tries in a loop), after no suspension and after
// one or more; a temporary of the throwing full-expression; an exception
// from await_suspend; a machine that starts on the stack and moves at its
// first suspension; a task held in a local, destroyed with its coroutine
// suspended; try blocks and functions holding only the runtime's awaiters
// (which get no guard). The normal ways out (end of scope, break, continue,
// co_return inside nested tries, a task destroyed while suspended inside a
// try) still see 0.
#include <asl/task.h>

#include <cstdio>
#include <exception>
#include <functional>
#include <stdexcept>

static std::function<void()> pending; // resumes the one suspended task

// Suspends unless `ready`; resumed by the loop in main().
struct Pause {
  bool ready = false;
  bool await_ready() { return ready; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  void await_resume() {}
};

// Its await_suspend throws.
struct Refuse {
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle) {
    throw std::runtime_error("refused");
  }
  void await_resume() {}
};

// Commits on a normal exit, rolls back when an exception unwinds it.
struct Tx {
  const char *name;
  ~Tx() {
    std::printf("  %s: %s\n", name,
                std::uncaught_exceptions() ? "roll back" : "commit");
  }
};

// Holds no pointer into itself: a machine of these moves to the heap at its
// first suspension.
struct Flat {
  int id;
  ~Flat() { std::printf("  flat %d: %d\n", id, std::uncaught_exceptions()); }
};
template <> struct asl::is_relocatable<Flat> : std::true_type {};

int use(const Tx &, int v) { return v; }

ASL_ASYNC asl::Task<int> value(int v, bool fail) {
  Tx t{"value"};
  co_await Pause{};
  if (fail)
    throw std::runtime_error("value failed");
  co_return v;
}

// Leaves the function: nested scopes, lifted locals and ones left alone (in
// an inner block, and a closure after a lifted local), after `suspends`
// suspensions.
ASL_ASYNC asl::Task<int> leaves(int suspends) {
  Tx a{"leaves a"};
  {
    Tx b{"leaves b"};
    co_await Pause{suspends < 1};
    Tx c{"leaves c"};
    {
      Tx d{"leaves d"};
      co_await Pause{suspends < 2};
      auto f = [t = Tx{"leaves closure"}] { return t.name; };
      {
        Tx e{"leaves e, inner block"};
        throw std::runtime_error(f());
      }
    }
  }
  co_return 0;
}

// Caught by the function's own handlers; `outer` lives on.
ASL_ASYNC asl::Task<int> caught(int suspends) {
  Tx outer{"caught outer"};
  try {
    Tx a{"caught a"};
    try {
      Tx b{"caught b"};
      co_await Pause{suspends < 1};
      {
        Tx c{"caught c"};
        co_await Pause{suspends < 2};
        Tx d{"caught d"};
        {
          Tx e{"caught e, inner block"};
          throw std::runtime_error("caught");
        }
      }
    } catch (const std::logic_error &) {
      std::puts("  wrong handler");
    }
  } catch (const std::exception &e) {
    std::printf("  handler: %s, uncaught %d\n", e.what(),
                std::uncaught_exceptions());
  }
  co_await Pause{suspends < 1};
  co_return 1;
}

// A handler that declares a local and rethrows; the outer handler catches.
ASL_ASYNC asl::Task<int> rethrows() {
  try {
    try {
      Tx a{"rethrows a"};
      co_await Pause{};
      throw std::runtime_error("first");
    } catch (const std::exception &) {
      Tx h{"rethrows handler local"};
      throw;
    }
  } catch (const std::exception &e) {
    std::printf("  outer handler: %s\n", e.what());
  }
  co_return 2;
}

// The awaited task throws: the temporary of the full-expression and the
// awaiter die, then the locals.
ASL_ASYNC asl::Task<int> temporary() {
  Tx a{"temporary a"};
  try {
    Tx b{"temporary b"};
    int v = use(Tx{"temporary tmp"}, co_await value(3, true));
    std::printf("  never %d\n", v);
  } catch (const std::exception &e) {
    std::printf("  handler: %s\n", e.what());
  }
  int w = use(Tx{"temporary tmp2"}, co_await value(4, true));
  co_return w;
}

ASL_ASYNC asl::Task<int> refused() {
  Tx a{"refused a"};
  co_await Refuse{};
  co_return 3;
}

// Starts on the stack, moves at its first suspension.
ASL_ASYNC asl::Task<int> moves(bool fail) {
  Flat f{1};
  co_await Pause{};
  Flat g{2};
  co_await Pause{};
  if (fail)
    throw std::runtime_error("moves");
  co_return 4;
}

// The normal ways out.
ASL_ASYNC asl::Task<int> normal() {
  for (int i = 0; i < 3; ++i) {
    Tx a{"normal loop"};
    co_await Pause{};
    if (i == 1)
      break;
  }
  Tx b{"normal b"};
  co_await Pause{};
  co_return 5;
}

ASL_ASYNC asl::Task<int> abandoned() {
  Tx a{"abandoned a"};
  try {
    Tx b{"abandoned b"};
    co_await Pause{};
  } catch (...) {
    std::puts("  never");
  }
  co_return 6;
}

// Each iteration's try block: the second throws after a resumption and is
// caught, the third leaves by continue.
ASL_ASYNC asl::Task<int> loop_tries() {
  int handled = 0;
  for (int i = 0; i < 3; ++i) {
    try {
      Tx a{i == 1 ? "loop a, throws" : "loop a"};
      co_await Pause{};
      if (i == 1)
        throw std::runtime_error("loop");
      if (i == 2)
        continue;
      Tx b{"loop b"};
      co_await Pause{};
    } catch (const std::exception &) {
      ++handled;
    }
  }
  co_return handled;
}

// co_return inside nested tries leaves them normally; with `fail`, an
// exception after the inner try is caught by the outer one.
ASL_ASYNC asl::Task<int> returns_in_try(bool fail) {
  Tx outer{"returns outer"};
  try {
    Tx a{"returns a"};
    co_await Pause{};
    try {
      Tx b{"returns b"};
      co_await Pause{};
      if (!fail)
        co_return 7;
    } catch (...) {
      std::puts("  never");
    }
    throw std::runtime_error("after the inner try");
  } catch (const std::exception &e) {
    std::printf("  handler: %s\n", e.what());
  }
  co_return 8;
}

// A task held in a local, its coroutine suspended, dies while the
// exception unwinds: so do that coroutine's locals.
ASL_ASYNC asl::Task<int> holds_task() {
  Tx a{"holds a"};
  asl::Task<int> t = value(9, false);
  co_await Pause{};
  throw std::runtime_error("holds");
  co_return co_await std::move(t);
}

// Only the runtime's awaiter in the try block, and in the whole function.
ASL_ASYNC asl::Task<int> quiet_try() {
  Tx a{"quiet a"};
  try {
    int v = co_await value(5, true);
    std::printf("  never %d\n", v);
  } catch (const std::exception &e) {
    std::printf("  handler: %s\n", e.what());
  }
  co_return 9;
}

ASL_ASYNC asl::Task<int> quiet_only() {
  int v = co_await value(6, true);
  co_return v;
}

static void drain() {
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
}

static void run(const char *name, asl::Task<int> t) {
  std::printf("%s\n", name);
  drain();
  try {
    std::printf("  result %d\n", asl::sync_wait(std::move(t)));
  } catch (const std::exception &e) {
    std::printf("  escaped: %s, uncaught %d\n", e.what(),
                std::uncaught_exceptions());
  }
}

int main() {
  for (int s = 0; s <= 2; ++s) {
    std::printf("suspends %d\n", s);
    run("leaves", leaves(s));
    run("caught", caught(s));
  }
  run("rethrows", rethrows());
  run("temporary", temporary());
  run("refused", refused());
  run("moves ok", moves(false));
  run("moves fails", moves(true));
  run("normal", normal());
  run("loop tries", loop_tries());
  run("returns in try", returns_in_try(false));
  run("returns in try, fails", returns_in_try(true));
  run("holds task", holds_task());
  run("quiet try", quiet_try());
  run("quiet only", quiet_only());
  {
    std::puts("abandoned");
    asl::Task<int> t = abandoned();
    pending = nullptr; // destroys the handle's copy only
  }
  std::puts("done");
}
