// Checks awaits in braced and aggregate initializers and in constructor calls:
// elements run left to right, each object is built once in its final place
// (no extra copies or destructions), and nested braces and make_pair work.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <string>
#include <utility>
#include <vector>

static std::function<void()> pending; // resumes the one suspended task

template <class T> struct Later { // yields `value` after a real suspension
  T value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  T await_resume() { return value; }
};
static Later<int> num(int v) { std::printf("  await %d\n", v); return {v}; }
static Later<std::string> word(const char *w) {
  std::printf("  await %s\n", w);
  return {w};
}

struct Point { int x, y; };
struct Line { Point from, to; };
struct Part { // prints its whole life
  std::string name;
  Part(std::string n) : name(std::move(n)) {
    std::printf("  + %s\n", name.c_str());
  }
  Part(const Part &o) : name(o.name) {
    std::printf("  copy %s\n", name.c_str());
  }
  ~Part() { std::printf("  - %s\n", name.c_str()); }
};
struct Machine { Part engine; int cylinders; Part wheels; };
struct Label {
  std::string text;
  Label(std::string t, int n) : text(t + "#" + std::to_string(n)) {}
};

// The state machine of build(), line 46. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct build_machine {
  build_machine() {}
  ~build_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'v' may be kept (line
  // 52).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::vector<std::string> v;
  };
  union {
    Label a;
  };
  union {
    Label b;
  };
  union {
    std::pair<std::string, int> kv;
  };
  union {
    Machine m;
  };
  union {
    Later<int> awaiter0_;
    Later<int> awaiter2_;
    std::string spill0_;
    std::string spill2_;
    std::string spill3_;
    std::string temporary4_;
    Later<std::string> awaiter12_;
  };
  union {
    Later<int> awaiter1_;
    Later<int> awaiter3_;
    std::string spill1_;
    Later<std::string> awaiter6_;
    Later<std::string> awaiter8_;
    Later<std::string> awaiter10_;
    Later<int> awaiter13_;
  };
  union {
    Later<std::string> awaiter4_;
    Later<int> awaiter7_;
    Later<int> awaiter9_;
    Later<int> awaiter11_;
  };
  union {
    Later<std::string> awaiter5_;
  };
  union {
    Point p;
  };
  union {
    Line l;
  };
  int state_ = -1;
  bool v_live_ = false;
  bool a_live_ = false;
  bool b_live_ = false;
  bool kv_live_ = false;
  bool m_live_ = false;
  bool spill0_live_ = false;
  bool spill1_live_ = false;
  bool spill2_live_ = false;
  bool spill3_live_ = false;
  bool temporary4_live_ = false;
  bool awaiter4_live_ = false;
  bool awaiter5_live_ = false;
  bool awaiter6_live_ = false;
  bool awaiter8_live_ = false;
  bool awaiter10_live_ = false;
  bool awaiter12_live_ = false;
  bool m_engine_live_ = false;
  bool m_wheels_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(m.wheels, m_wheels_live_);
    asl::destroy(m.engine, m_engine_live_);
    asl::destroy(awaiter12_, awaiter12_live_);
    asl::destroy(m, m_live_);
    asl::destroy(temporary4_, temporary4_live_);
    asl::destroy(awaiter10_, awaiter10_live_);
    asl::destroy(kv, kv_live_);
    asl::destroy(spill3_, spill3_live_);
    asl::destroy(awaiter8_, awaiter8_live_);
    asl::destroy(b, b_live_);
    asl::destroy(spill2_, spill2_live_);
    asl::destroy(awaiter6_, awaiter6_live_);
    asl::destroy(a, a_live_);
    asl::destroy(awaiter5_, awaiter5_live_);
    asl::destroy(spill1_, spill1_live_);
    asl::destroy(spill0_, spill0_live_);
    asl::destroy(awaiter4_, awaiter4_live_);
    asl::destroy(v, v_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> build() { return asl::start<build_machine>(); }

inline void build_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    case 3:
      goto resume3_;
    case 4:
      goto resume4_;
    case 5:
      goto resume5_;
    case 6:
      goto resume6_;
    case 7:
      goto resume7_;
    case 8:
      goto resume8_;
    case 9:
      goto resume9_;
    case 10:
      goto resume10_;
    case 11:
      goto resume11_;
    case 12:
      goto resume12_;
    case 13:
      goto resume13_;
    default:
      break;
    }
    {
      // co_await num(1) (line 47)
      ::new (asl::place(awaiter0_)) Later<int>(num(1));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      p.x = awaiter0_.await_resume();
      // co_await num(2) (line 47)
      ::new (asl::place(awaiter1_)) Later<int>(num(2));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      p.y = awaiter1_.await_resume();

      std::printf("p=%d,%d\n", p.x, p.y);
      // co_await num(3) (line 49)
      ::new (asl::place(awaiter2_)) Later<int>(num(3));
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      l.from.x = awaiter2_.await_resume();
      l.from.y = 4;
      l.to.x = 5;
      // co_await num(6) (line 49)
      ::new (asl::place(awaiter3_)) Later<int>(num(6));
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      l.to.y = awaiter3_.await_resume();

      std::printf("l=%d,%d-%d,%d\n", l.from.x, l.from.y, l.to.x, l.to.y);
      // co_await word("a") (line 51)
      ::new (asl::place(awaiter4_)) Later<std::string>(word("a"));
      awaiter4_live_ = true;
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(spill0_)) std::string(awaiter4_.await_resume());
      spill0_live_ = true;
      ::new (asl::place(spill1_)) std::string("b");
      spill1_live_ = true;
      // co_await word("c") (line 51)
      ::new (asl::place(awaiter5_)) Later<std::string>(word("c"));
      awaiter5_live_ = true;
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(v)) std::vector<std::string>{
          std::move(spill0_), std::move(spill1_), awaiter5_.await_resume()};
      v_live_ = true;
      asl::destroy(awaiter5_, awaiter5_live_);
      asl::destroy(spill1_, spill1_live_);
      asl::destroy(spill0_, spill0_live_);
      asl::destroy(awaiter4_, awaiter4_live_);

      std::printf("v=%s%s%s\n", v[0].c_str(), v[1].c_str(), v[2].c_str());
      // co_await word("paren") (line 53)
      ::new (asl::place(awaiter6_)) Later<std::string>(word("paren"));
      awaiter6_live_ = true;
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        unwind_.release();
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(spill2_)) std::string(awaiter6_.await_resume());
      spill2_live_ = true;
      // co_await num(7) (line 53)
      ::new (asl::place(awaiter7_)) Later<int>(num(7));
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        unwind_.release();
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(a)) Label(std::move(spill2_), awaiter7_.await_resume());
      a_live_ = true;
      asl::destroy(spill2_, spill2_live_);
      asl::destroy(awaiter6_, awaiter6_live_);

      // co_await word("brace") (line 54)
      ::new (asl::place(awaiter8_)) Later<std::string>(word("brace"));
      awaiter8_live_ = true;
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        unwind_.release();
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(spill3_)) std::string(awaiter8_.await_resume());
      spill3_live_ = true;
      // co_await num(8) (line 54)
      ::new (asl::place(awaiter9_)) Later<int>(num(8));
      if (!awaiter9_.await_ready()) {
        state_ = 9;
        builder_.await_on_completed(awaiter9_, *this);
        unwind_.release();
        return;
      resume9_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(b)) Label{std::move(spill3_), awaiter9_.await_resume()};
      b_live_ = true;
      asl::destroy(spill3_, spill3_live_);
      asl::destroy(awaiter8_, awaiter8_live_);

      std::printf("labels %s %s\n", a.text.c_str(), b.text.c_str());
      // co_await word("k") (line 56)
      ::new (asl::place(awaiter10_)) Later<std::string>(word("k"));
      awaiter10_live_ = true;
      if (!awaiter10_.await_ready()) {
        state_ = 10;
        builder_.await_on_completed(awaiter10_, *this);
        unwind_.release();
        return;
      resume10_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(temporary4_)) std::string(awaiter10_.await_resume());
      temporary4_live_ = true;
      // co_await num(9) (line 56)
      ::new (asl::place(awaiter11_)) Later<int>(num(9));
      if (!awaiter11_.await_ready()) {
        state_ = 11;
        builder_.await_on_completed(awaiter11_, *this);
        unwind_.release();
        return;
      resume11_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(kv)) std::pair<std::string, int>(
          std::make_pair(std::move(temporary4_), awaiter11_.await_resume()));
      kv_live_ = true;
      asl::destroy(temporary4_, temporary4_live_);
      asl::destroy(awaiter10_, awaiter10_live_);

      std::printf("kv=%s:%d\n", kv.first.c_str(), kv.second);
      // co_await word("engine") (line 58)
      ::new (asl::place(awaiter12_)) Later<std::string>(word("engine"));
      awaiter12_live_ = true;
      if (!awaiter12_.await_ready()) {
        state_ = 12;
        builder_.await_on_completed(awaiter12_, *this);
        unwind_.release();
        return;
      resume12_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(m.engine)) Part(Part{awaiter12_.await_resume()});
      m_engine_live_ = true;
      // co_await num(4) (line 58)
      ::new (asl::place(awaiter13_)) Later<int>(num(4));
      if (!awaiter13_.await_ready()) {
        state_ = 13;
        builder_.await_on_completed(awaiter13_, *this);
        unwind_.release();
        return;
      resume13_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      m.cylinders = awaiter13_.await_resume();
      ::new (asl::place(m.wheels)) Part(Part{"wheels"});
      m_wheels_live_ = true;
      m_engine_live_ = false;
      m_wheels_live_ = false;
      m_live_ = true;
      asl::destroy(awaiter12_, awaiter12_live_);

      std::printf("machine %s/%d/%s\n", m.engine.name.c_str(), m.cylinders,
                  m.wheels.name.c_str());
      builder_.set_result(p.x + l.to.y + kv.second);
      asl::destroy(m, m_live_);
      asl::destroy(kv, kv_live_);
      asl::destroy(b, b_live_);
      asl::destroy(a, a_live_);
      asl::destroy(v, v_live_);
      unwind_.release();
      goto finish_;
    }
    unwind_.release();
  } catch (...) {
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int main() {
  asl::Task<int> t = build();
  while (pending) {
    auto h = std::move(pending);
    pending = nullptr;
    h();
  }
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
}
