// Checks that aggregates with base classes, members left to their default
// member initializers, char arrays from string literals and arrays with
// elements left out are built in place when their initializer awaits, as
// natively: each base and member constructed once, where it lives, in
// order, with no copy or move; an exception from a later element destroys
// exactly what was built so far, last first.
#include <asl/task.h>

#include <cstdio>
#include <functional>
#include <stdexcept>
#include <string>

static std::function<void()> pending; // resumes the one suspended task

struct Noisy { // prints its whole life
  int id;
  Noisy(int i) : id(i) { std::printf("  + %d\n", id); }
  Noisy() : id(0) { std::printf("  + default\n"); }
  Noisy(const Noisy &o) : id(o.id) { std::printf("  copy %d\n", id); }
  Noisy(Noisy &&o) noexcept : id(o.id) { std::printf("  move %d\n", id); }
  ~Noisy() { std::printf("  - %d\n", id); }
};

struct Later { // yields `value` after a real suspension, or throws
  int value;
  bool await_ready() { return false; }
  template <class Handle> void await_suspend(Handle h) {
    pending = [h] { h.resume(); };
  }
  int await_resume() {
    if (value < 0)
      throw std::runtime_error("bad element");
    return value;
  }
};
static Later later(int v) { return {v}; }
static Noisy make(int v) { return Noisy{v}; }

// A base that is itself an aggregate, one with a constructor, and an empty
// one.
struct Part { Noisy a; int n; };
struct Tag {
  int t;
  Tag(int v) : t(v) { std::printf("  tag %d\n", t); }
  Tag(Tag &&o) noexcept : t(o.t) { std::printf("  move tag %d\n", t); }
  ~Tag() { std::printf("  - tag %d\n", t); }
};
struct Empty {};
static Tag makeTag(int v) { return Tag{v}; }

struct Whole : Part { Noisy b; };
struct Tagged : Tag, Part { Noisy c; };
struct Marked : Empty { Noisy d; };
struct Deep : Whole { int extra; };

// Members left to their default member initializers.
struct Defaults {
  Noisy first;
  int count = 5;
  Noisy second{7};
  std::string name = "dflt";
  Noisy third = 8;
};

// A char array from a string literal, and arrays with elements left out.
struct Named { char name[8]; Noisy n; };
struct Row { Noisy cells[3]; int size; };

// The state machine of build(), line 70. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct build_machine {
  build_machine() {}
  ~build_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'w' may be kept (line
  // 72).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Defaults f;
  };
  union {
    Whole w;
  };
  union {
    Tagged t;
  };
  union {
    Marked m;
  };
  union {
    Deep d;
  };
  union {
    Named n;
  };
  union {
    Row r;
  };
  union {
    int counts[4];
  };
  union {
    Later awaiter0_;
    Tag temporary0_;
    Later awaiter2_;
    Later awaiter3_;
    Later awaiter4_;
    Later awaiter5_;
    Later awaiter6_;
    Later awaiter7_;
    Later awaiter8_;
  };
  union {
    Later awaiter1_;
  };
  int state_ = -1;
  bool w_live_ = false;
  bool t_live_ = false;
  bool m_live_ = false;
  bool d_live_ = false;
  bool f_live_ = false;
  bool n_live_ = false;
  bool r_live_ = false;
  bool temporary0_live_ = false;
  bool w_Part_a_live_ = false;
  bool w_b_live_ = false;
  bool t_Tag_live_ = false;
  bool t_Part_a_live_ = false;
  bool t_c_live_ = false;
  bool m_d_live_ = false;
  bool d_Whole_Part_a_live_ = false;
  bool d_Whole_b_live_ = false;
  bool f_first_live_ = false;
  bool f_second_live_ = false;
  bool f_name_live_ = false;
  bool f_third_live_ = false;
  bool n_n_live_ = false;
  bool r_cells_0_live_ = false;
  bool r_cells_1_live_ = false;
  bool r_cells_2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(r.cells[2], r_cells_2_live_);
    asl::destroy(r.cells[1], r_cells_1_live_);
    asl::destroy(r.cells[0], r_cells_0_live_);
    asl::destroy(r, r_live_);
    asl::destroy(n.n, n_n_live_);
    asl::destroy(n, n_live_);
    asl::destroy(f.third, f_third_live_);
    asl::destroy(f.name, f_name_live_);
    asl::destroy(f.second, f_second_live_);
    asl::destroy(f.first, f_first_live_);
    asl::destroy(f, f_live_);
    asl::destroy(static_cast<Whole &>(d).b, d_Whole_b_live_);
    asl::destroy(static_cast<Part &>(static_cast<Whole &>(d)).a,
                 d_Whole_Part_a_live_);
    asl::destroy(d, d_live_);
    asl::destroy(m.d, m_d_live_);
    asl::destroy(m, m_live_);
    asl::destroy(t.c, t_c_live_);
    asl::destroy(static_cast<Part &>(t).a, t_Part_a_live_);
    asl::destroy(static_cast<Tag &>(t), t_Tag_live_);
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(t, t_live_);
    asl::destroy(w.b, w_b_live_);
    asl::destroy(static_cast<Part &>(w).a, w_Part_a_live_);
    asl::destroy(w, w_live_);
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
    default:
      break;
    }
    {
      ::new (asl::place(static_cast<Part &>(w).a)) Noisy(Noisy{1});
      w_Part_a_live_ = true;
      // co_await later(2) (line 71)
      ::new (asl::place(awaiter0_)) Later(later(2));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      static_cast<Part &>(w).n = awaiter0_.await_resume();
      ::new (asl::place(w.b)) Noisy(make(3));
      w_b_live_ = true;
      w_Part_a_live_ = false;
      w_b_live_ = false;
      w_live_ = true;

      std::printf("whole %d %d %d\n", w.a.id, w.n, w.b.id);
      ::new (asl::place(temporary0_)) Tag(makeTag(4));
      temporary0_live_ = true;
      ::new (asl::place(static_cast<Tag &>(t))) Tag(std::move(temporary0_));
      t_Tag_live_ = true;
      ::new (asl::place(static_cast<Part &>(t).a)) Noisy(make(5));
      t_Part_a_live_ = true;
      static_cast<Part &>(t).n = 6;
      // co_await later(7) (line 73)
      ::new (asl::place(awaiter1_)) Later(later(7));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(t.c)) Noisy(Noisy{awaiter1_.await_resume()});
      t_c_live_ = true;
      t_Tag_live_ = false;
      t_Part_a_live_ = false;
      t_c_live_ = false;
      t_live_ = true;
      asl::destroy(temporary0_, temporary0_live_);

      std::printf("tagged %d %d %d %d\n", t.t, t.a.id, t.n, t.c.id);
      // co_await later(8) (line 75)
      ::new (asl::place(awaiter2_)) Later(later(8));
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(m.d)) Noisy(Noisy{awaiter2_.await_resume()});
      m_d_live_ = true;
      m_d_live_ = false;
      m_live_ = true;

      std::printf("marked %d\n", m.d.id);
      ::new (asl::place(static_cast<Part &>(static_cast<Whole &>(d)).a))
          Noisy(Noisy{9});
      d_Whole_Part_a_live_ = true;
      static_cast<Part &>(static_cast<Whole &>(d)).n = 10;
      // co_await later(11) (line 77)
      ::new (asl::place(awaiter3_)) Later(later(11));
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(static_cast<Whole &>(d).b))
          Noisy(Noisy{awaiter3_.await_resume()});
      d_Whole_b_live_ = true;
      d.extra = 12;
      d_Whole_Part_a_live_ = false;
      d_Whole_b_live_ = false;
      d_live_ = true;

      std::printf("deep %d %d %d %d\n", d.a.id, d.n, d.b.id, d.extra);
      // co_await later(13) (line 79)
      ::new (asl::place(awaiter4_)) Later(later(13));
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(f.first)) Noisy(Noisy{awaiter4_.await_resume()});
      f_first_live_ = true;
      f.count = 5;
      ::new (asl::place(f.second)) Noisy{7};
      f_second_live_ = true;
      ::new (asl::place(f.name)) std::string("dflt");
      f_name_live_ = true;
      ::new (asl::place(f.third)) Noisy(8);
      f_third_live_ = true;
      f_first_live_ = false;
      f_second_live_ = false;
      f_name_live_ = false;
      f_third_live_ = false;
      f_live_ = true;

      std::printf("defaults %d %d %d %s %d\n", f.first.id, f.count, f.second.id,
                  f.name.c_str(), f.third.id);
      asl::init_from_string(n.name, "abc");
      // co_await later(14) (line 82)
      ::new (asl::place(awaiter5_)) Later(later(14));
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(n.n)) Noisy(Noisy{awaiter5_.await_resume()});
      n_n_live_ = true;
      n_n_live_ = false;
      n_live_ = true;

      std::printf("named %s %d %d\n", n.name, n.name[7], n.n.id);
      ::new (asl::place(r.cells[0])) Noisy(Noisy{15});
      r_cells_0_live_ = true;
      // co_await later(16) (line 84)
      ::new (asl::place(awaiter6_)) Later(later(16));
      if (!awaiter6_.await_ready()) {
        state_ = 6;
        builder_.await_on_completed(awaiter6_, *this);
        unwind_.release();
        return;
      resume6_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(r.cells[1])) Noisy(Noisy{awaiter6_.await_resume()});
      r_cells_1_live_ = true;
      ::new (asl::place(r.cells[2])) Noisy{};
      r_cells_2_live_ = true;
      r.size = 2;
      r_cells_0_live_ = false;
      r_cells_1_live_ = false;
      r_cells_2_live_ = false;
      r_live_ = true;

      std::printf("row %d %d %d %d\n", r.cells[0].id, r.cells[1].id,
                  r.cells[2].id, r.size);
      // co_await later(17) (line 87)
      ::new (asl::place(awaiter7_)) Later(later(17));
      if (!awaiter7_.await_ready()) {
        state_ = 7;
        builder_.await_on_completed(awaiter7_, *this);
        unwind_.release();
        return;
      resume7_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      counts[0] = awaiter7_.await_resume();
      counts[1] = 18;
      counts[2] = {};
      counts[3] = {};

      std::printf("counts %d %d %d %d\n", counts[0], counts[1], counts[2],
                  counts[3]);
      // co_await later(0) (line 90)
      ::new (asl::place(awaiter8_)) Later(later(0));
      if (!awaiter8_.await_ready()) {
        state_ = 8;
        builder_.await_on_completed(awaiter8_, *this);
        unwind_.release();
        return;
      resume8_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter8_.await_resume();

      builder_.set_result(w.n + d.extra);
      asl::destroy(r, r_live_);
      asl::destroy(n, n_live_);
      asl::destroy(f, f_live_);
      asl::destroy(d, d_live_);
      asl::destroy(m, m_live_);
      asl::destroy(t, t_live_);
      asl::destroy(w, w_live_);
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

struct OnlyTag : Tag {};

// Unions: only the member the list initializes is built.
union Value { int code; double real; };
union Cell {
  Noisy n;
  int i;
  ~Cell() { std::printf("  ~Cell\n"); }
};
struct Variant {
  Noisy head;
  union {
    int i;
    double d;
  };
  Noisy tail;
};

// A base moved from a temporary as the last element, a const aggregate with
// a base, an array of aggregates with elements left out, and unions.
// The state machine of more(), line 114. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct more_machine {
  more_machine() {}
  ~more_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'o' may be kept (line
  // 116).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Value v;
  };
  union {
    Variant var;
  };
  union {
    OnlyTag o;
  };
  union {
    const Whole c;
  };
  union {
    Part parts[3];
  };
  union {
    Cell cell;
  };
  union {
    Later awaiter0_;
    Later awaiter1_;
    Later awaiter2_;
    Later awaiter3_;
    Later awaiter4_;
    Later awaiter5_;
  };
  int state_ = -1;
  bool o_live_ = false;
  bool c_live_ = false;
  bool parts_live_ = false;
  bool cell_live_ = false;
  bool var_live_ = false;
  bool o_Tag_live_ = false;
  bool c_Part_a_live_ = false;
  bool c_b_live_ = false;
  bool parts_0_a_live_ = false;
  bool parts_1_a_live_ = false;
  bool parts_2_a_live_ = false;
  bool cell_n_live_ = false;
  bool var_head_live_ = false;
  bool var_tail_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(var.tail, var_tail_live_);
    asl::destroy(var.head, var_head_live_);
    asl::destroy(var, var_live_);
    asl::destroy(cell.n, cell_n_live_);
    asl::destroy(cell, cell_live_);
    asl::destroy(parts[2].a, parts_2_a_live_);
    asl::destroy(parts[1].a, parts_1_a_live_);
    asl::destroy(parts[0].a, parts_0_a_live_);
    asl::destroy(parts, parts_live_);
    asl::destroy(c.b, c_b_live_);
    asl::destroy(static_cast<const Part &>(c).a, c_Part_a_live_);
    asl::destroy(c, c_live_);
    asl::destroy(static_cast<Tag &>(o), o_Tag_live_);
    asl::destroy(o, o_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> more() { return asl::start<more_machine>(); }

inline void more_machine::move_next() {
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
    default:
      break;
    }
    {
      // co_await later(30) (line 115)
      ::new (asl::place(awaiter0_)) Later(later(30));
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(static_cast<Tag &>(o)))
          Tag(static_cast<Tag &&>(makeTag(awaiter0_.await_resume())));
      o_Tag_live_ = true;
      o_Tag_live_ = false;
      o_live_ = true;

      std::printf("only tag %d\n", o.t);
      ::new (asl::place(static_cast<const Part &>(c).a)) Noisy(Noisy{31});
      c_Part_a_live_ = true;
      // co_await later(32) (line 117)
      ::new (asl::place(awaiter1_)) Later(later(32));
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        unwind_.release();
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(static_cast<const Part &>(c).n)) int(
          awaiter1_.await_resume());
      ::new (asl::place(c.b)) Noisy(make(33));
      c_b_live_ = true;
      c_Part_a_live_ = false;
      c_b_live_ = false;
      c_live_ = true;

      std::printf("const whole %d %d %d\n", c.a.id, c.n, c.b.id);
      ::new (asl::place(parts[0].a)) Noisy(Noisy{34});
      parts_0_a_live_ = true;
      // co_await later(35) (line 119)
      ::new (asl::place(awaiter2_)) Later(later(35));
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      parts[0].n = awaiter2_.await_resume();
      ::new (asl::place(parts[1].a)) Noisy{};
      parts_1_a_live_ = true;
      parts[1].n = {};
      ::new (asl::place(parts[2].a)) Noisy{};
      parts_2_a_live_ = true;
      parts[2].n = {};
      parts_0_a_live_ = false;
      parts_1_a_live_ = false;
      parts_2_a_live_ = false;
      parts_live_ = true;

      std::printf("parts %d %d %d %d\n", parts[0].a.id, parts[0].n,
                  parts[1].a.id, parts[2].n);
      // co_await later(36) (line 122)
      ::new (asl::place(awaiter3_)) Later(later(36));
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      v.code = awaiter3_.await_resume();

      std::printf("value %d\n", v.code);
      // co_await later(37) (line 124)
      ::new (asl::place(awaiter4_)) Later(later(37));
      if (!awaiter4_.await_ready()) {
        state_ = 4;
        builder_.await_on_completed(awaiter4_, *this);
        unwind_.release();
        return;
      resume4_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(cell.n)) Noisy(Noisy{awaiter4_.await_resume()});
      cell_n_live_ = true;
      cell_n_live_ = false;
      cell_live_ = true;

      std::printf("cell %d\n", cell.n.id);
      ::new (asl::place(var.head)) Noisy(Noisy{38});
      var_head_live_ = true;
      // co_await later(39) (line 126)
      ::new (asl::place(awaiter5_)) Later(later(39));
      if (!awaiter5_.await_ready()) {
        state_ = 5;
        builder_.await_on_completed(awaiter5_, *this);
        unwind_.release();
        return;
      resume5_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      var.i = awaiter5_.await_resume();
      ::new (asl::place(var.tail)) Noisy(make(40));
      var_tail_live_ = true;
      var_head_live_ = false;
      var_tail_live_ = false;
      var_live_ = true;

      std::printf("variant %d %d %d\n", var.head.id, var.i, var.tail.id);
      builder_.set_result(c.n);
      asl::destroy(var, var_live_);
      asl::destroy(cell, cell_live_);
      asl::destroy(parts, parts_live_);
      asl::destroy(c, c_live_);
      asl::destroy(o, o_live_);
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

// The state machine of fail(), line 131. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct fail_machine {
  fail_machine() {}
  ~fail_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 't' may be kept (line
  // 134).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    Tagged t;
  };
  union {
    Tag temporary0_;
  };
  union {
    Later awaiter0_;
  };
  int state_ = -1;
  bool t_live_ = false;
  bool temporary0_live_ = false;
  bool t_Tag_live_ = false;
  bool t_Part_a_live_ = false;
  bool t_c_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(t.c, t_c_live_);
    asl::destroy(static_cast<Part &>(t).a, t_Part_a_live_);
    asl::destroy(static_cast<Tag &>(t), t_Tag_live_);
    asl::destroy(temporary0_, temporary0_live_);
    asl::destroy(t, t_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> fail() { return asl::start<fail_machine>(); }

inline void fail_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto try0_;
    default:
      break;
    }
    {
    try0_:
      try {
        asl::try_unwind_guard unwind_try_(unwind_, [&] {
          asl::destroy(t.c, t_c_live_);
          asl::destroy(static_cast<Part &>(t).a, t_Part_a_live_);
          asl::destroy(static_cast<Tag &>(t), t_Tag_live_);
          asl::destroy(temporary0_, temporary0_live_);
          asl::destroy(t, t_live_);
        });
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        ::new (asl::place(temporary0_)) Tag(makeTag(20));
        temporary0_live_ = true;
        ::new (asl::place(static_cast<Tag &>(t))) Tag(std::move(temporary0_));
        t_Tag_live_ = true;
        ::new (asl::place(static_cast<Part &>(t).a)) Noisy(make(21));
        t_Part_a_live_ = true;
        // co_await later(-1) (line 133)
        ::new (asl::place(awaiter0_)) Later(later(-1));
        if (!awaiter0_.await_ready()) {
          state_ = 0;
          builder_.await_on_completed(awaiter0_, *this);
          unwind_.release();
          return;
        resume0_:
          state_ = -1;
          builder_.rethrow_if_suspend_failed();
        }
        static_cast<Part &>(t).n = awaiter0_.await_resume();
        ::new (asl::place(t.c)) Noisy(Noisy{22});
        t_c_live_ = true;
        t_Tag_live_ = false;
        t_Part_a_live_ = false;
        t_c_live_ = false;
        t_live_ = true;
        asl::destroy(temporary0_, temporary0_live_);

        std::printf("not reached %d\n", t.n);
        asl::destroy(t, t_live_);
      } catch (const std::exception &e) {
        std::printf("caught %s\n", e.what());
      }
      builder_.set_result(0);
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

static void step() {
  auto h = std::move(pending);
  pending = nullptr;
  h();
}

static void drain() {
  while (pending)
    step();
}

int main() {
  std::printf("build:\n");
  asl::Task<int> t = build();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::printf("more:\n");
  t = more();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::printf("fail:\n");
  t = fail();
  drain();
  std::printf("result %d\n", asl::sync_wait(std::move(t)));
  std::printf("destroyed while suspended mid-initializer:\n");
  t = build();
  step(); // now suspended in the middle of t's initializer
  t = asl::Task<int>();
  pending = nullptr;
  std::printf("done\n");
}
