// Arrays whose elements are character arrays initialized from string
// literals, kept across awaits: `char names[3][8] = {"ann", "bob", ""};`
// of every character type, with an unknown bound, three dimensions, braces
// around a literal, a C++20 parenthesized list, an element type named by an
// alias; and in aggregates built whole or member by member. g++ rejects
// such a list in an array new-expression, so the machine copies the array
// in from the list (asl::init_from_list). Each array is printed in full:
// every character array holds its literal, its terminator, then zeros.
#include <asl/task.h>

#include <cstddef>
#include <cstdio>
#include <type_traits>

asl::Event ready;

template <class C, std::size_t M> void row(const C (&chars)[M]) {
  std::printf(" ");
  for (C c : chars)
    std::printf("%lx.", static_cast<unsigned long>(
                            static_cast<std::make_unsigned_t<C>>(c)));
}

template <class C, std::size_t N, std::size_t M>
void show(const char *label, const C (&rows)[N][M]) {
  std::printf("%s:", label);
  for (const auto &chars : rows)
    row(chars);
  std::printf("\n");
}

struct Roster {
  char names[2][6];
  int count;
};

struct Team {
  Roster roster;
  wchar_t tags[2][3];
};

// The state machine of count(), line 42. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct count_machine {
  count_machine() {}
  ~count_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> count() { return asl::start<count_machine>(); }

inline void count_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 43)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(2);
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of letter(), line 47. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct letter_machine {
  letter_machine() {}
  ~letter_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable) and if the
  // await every call begins with may complete at once (see
  // asl::is_usually_suspending).
  static constexpr bool relocatable =
      asl::relocatable<asl::event_awaiter> &&
      !asl::usually_suspends<asl::event_awaiter>;

  asl::task_builder<char> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<char> letter() { return asl::start<letter_machine>(); }

inline void letter_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ready (line 48)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result('z');
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of declared(), line 52. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct declared_machine {
  declared_machine() {}
  ~declared_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'names' may be kept
  // (line 67).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    wchar_t wide[2][4];
  };
  union {
    char32_t u32[2][4];
  };
  union {
    char16_t u16[2][4];
  };
  union {
    char names[3][8];
  };
  union {
    char unknown[2][4];
  };
  union {
    char cube[2][2][4];
  };
  union {
    unsigned char bytes[2][4];
  };
  union {
    signed char small[2][4];
  };
  union {
    const char fixed[2][4];
  };
  union {
    char parens[2][4];
  };
  union {
    char crew[2][5];
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> declared() { return asl::start<declared_machine>(); }

inline void declared_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      asl::init_from_list(names, {{"ann", "bob", ""}});

      asl::init_from_list(unknown, {{"x", "yz"}});

      asl::init_from_list(cube, {{{"a", "b"}, {"c"}}});

      asl::init_from_list(wide, {{L"w", L"ww"}});

      asl::init_from_list(u16, {{u"s", u"t\u00e9"}});

      asl::init_from_list(u32, {{U"u", U"\U0001F600"}});

      asl::init_from_list(bytes, {{"ab", "\xff"}});

      asl::init_from_list(small, {{"cd", {'e', 'f'}}});

      asl::init_from_list(fixed, {{{"gh"}, "i"}});

      asl::init_from_list(parens, {{"jk", "l"}});

      using Name [[maybe_unused]] = char[5];
      asl::init_from_list(crew, {{"kim"}});

      // co_await ready (line 65)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      names[2][0] = '!';
      show("names", names);
      show("unknown", unknown);
      show("cube0", cube[0]);
      show("cube1", cube[1]);
      show("wide", wide);
      show("u16", u16);
      show("u32", u32);
      show("bytes", bytes);
      show("small", small);
      show("fixed", fixed);
      show("parens", parens);
      show("crew", crew);
      builder_.set_result(static_cast<int>(sizeof unknown + sizeof names));
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

// The state machine of aggregates(), line 82. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct aggregates_machine {
  aggregates_machine() {}
  ~aggregates_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'whole' may be kept
  // (line 90).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::task_awaiter<int> awaiter0_;
    asl::task_awaiter<int> awaiter1_;
    asl::task_awaiter<char> awaiter2_;
    asl::event_awaiter awaiter3_;
  };
  union {
    Roster whole;
  };
  union {
    Roster several[2];
  };
  union {
    Team team;
  };
  union {
    Roster awaited;
  };
  union {
    Team nested;
  };
  union {
    char mixed[2][4];
  };
  int state_ = -1;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> aggregates() {
  return asl::start<aggregates_machine>();
}

inline void aggregates_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    case 3:
      goto resume3_;
    default:
      break;
    }
    {
      ::new (asl::place(whole)) Roster{{"amy", "ben"}, 2};

      ::new (asl::place(several)) Roster[2]{{{"c", "d"}, 1}, {{"e"}, 0}};

      ::new (asl::place(team)) Team{{{"fay", "gus"}, 2}, {L"t1", L"t2"}};

      asl::init_from_string(awaited.names[0], "hal");
      asl::init_from_string(awaited.names[1], "ivy");
      // co_await count() (line 86)
      ::new (asl::place(awaiter0_)) asl::task_awaiter<int>{count()};
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaited.count = awaiter0_.await_resume();

      asl::destroy(awaiter0_, awaiter0_live_);

      asl::init_from_string(nested.roster.names[0], "jo");
      asl::init_from_string(nested.roster.names[1], "");
      // co_await count() (line 87)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<int>{count()};
      awaiter1_live_ = true;
      if (!awaiter1_.await_ready()) {
        state_ = 1;
        builder_.await_on_completed(awaiter1_, *this);
        return;
      resume1_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      nested.roster.count = awaiter1_.await_resume();
      asl::init_from_string(nested.tags[0], L"u");
      asl::init_from_string(nested.tags[1], L"");

      asl::destroy(awaiter1_, awaiter1_live_);

      asl::init_from_string(mixed[0], "ab");
      // co_await letter() (line 88)
      ::new (asl::place(awaiter2_)) asl::task_awaiter<char>{letter()};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      mixed[1][0] = awaiter2_.await_resume();
      mixed[1][1] = 'y';
      mixed[1][2] = {};
      mixed[1][3] = {};

      asl::destroy(awaiter2_, awaiter2_live_);

      // co_await ready (line 89)
      ::new (asl::place(awaiter3_)) asl::event_awaiter(asl::get_awaiter(ready));
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter3_.await_resume();
      asl::destroy(awaiter3_, awaiter3_live_);

      show("whole", whole.names);
      show("several0", several[0].names);
      show("several1", several[1].names);
      show("team", team.roster.names);
      show("team.tags", team.tags);
      show("awaited", awaited.names);
      show("nested", nested.roster.names);
      show("nested.tags", nested.tags);
      show("mixed", mixed);
      builder_.set_result(whole.count + awaited.count + nested.roster.count);
      goto finish_;
    }
  } catch (...) {
    destroy_live();
    builder_.set_current_exception();
  }
finish_:
  state_ = -2;
  builder_.complete();
}

int main() {
  asl::Task<int> a = declared();
  asl::Task<int> b = aggregates();
  ready.set();
  std::printf("declared %d\n", asl::sync_wait(std::move(a)));
  std::printf("aggregates %d\n", asl::sync_wait(std::move(b)));
}
