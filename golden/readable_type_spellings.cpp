// Types the machine derives (lifted `auto` locals, a range-for's hidden
// range, begin and end, awaiters, values spilled across an await) keep the
// aliases that name them where those are valid at the machine: std::string,
// std::string_view, std::size_t, an alias of a namespace (also one of an
// unnamed namespace of this file), an alias template of the program, a
// member iterator alias of a standard container (`std::vector<int>::
// iterator`, `std::map<std::string, int>::const_iterator`), and a private
// member alias where the machine is a member of its class. An alias local
// to the function, a private alias of another class, one from a template
// parameter's substitution, and a class template's member alias that
// stands for no internal name (`size_type`, `value_type`, Pool's `handle`)
// are spelled as the type they stand for.
#include <asl/task.h>

#include <cstddef>
#include <cstdio>
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

asl::Event ev(true);

namespace inv {
using Count = long;
struct Item {
  std::string name;
  Count count;
};
using Items = std::vector<Item>;
template <class T> using Vec = std::vector<T>;

inline Count total(const Items &items) {
  Count sum = 0;
  for (const Item &item : items)
    sum += item.count;
  return sum;
}
} // namespace inv

template <class T> struct Pool {
  using handle = std::size_t;
  handle add(T value) {
    values.push_back(std::move(value));
    return values.size() - 1;
  }
  std::vector<T> values;
};

static std::string greet(std::string_view who) {
  return "hi " + std::string(who);
}

// The state machine of fetch(), line 57. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct fetch_machine {
  explicit fetch_machine(std::string &what) : what(std::move(what)) {}
  ~fetch_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'what' may be kept
  // (line 59).
  static constexpr bool relocatable = false;

  asl::task_builder<std::string> builder_;
  std::string what;
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

ASL_ASYNC asl::Task<std::string> fetch(std::string what) {
  return asl::start<fetch_machine>(what);
}

inline void fetch_machine::move_next() {
  try {
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      // co_await ev (line 58)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
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

      builder_.set_result(what + "!");
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

// The state machine of containers(), line 62. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct containers_machine {
  containers_machine() {}
  ~containers_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'v' may be kept (line
  // 68).
  static constexpr bool relocatable = false;

  asl::task_builder<long> builder_;
  union {
    std::vector<int> v;
  };
  union {
    const std::vector<int> cv;
  };
  union {
    std::map<std::string, int> m;
  };
  union {
    std::unordered_map<std::string, int> um;
  };
  union {
    std::deque<double> dq;
  };
  union {
    std::vector<int>::iterator it;
  };
  union {
    std::vector<int>::const_iterator cit;
  };
  union {
    std::vector<int>::reverse_iterator rit;
  };
  union {
    std::map<std::string, int>::iterator mit;
  };
  union {
    std::map<std::string, int>::const_iterator cmit;
  };
  union {
    std::unordered_map<std::string, int>::iterator uit;
  };
  union {
    std::deque<double>::iterator dit;
  };
  std::size_t n;
  union {
    std::string s;
  };
  union {
    std::string_view view;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool v_live_ = false;
  bool cv_live_ = false;
  bool m_live_ = false;
  bool um_live_ = false;
  bool dq_live_ = false;
  bool s_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(s, s_live_);
    asl::destroy(dq, dq_live_);
    asl::destroy(um, um_live_);
    asl::destroy(m, m_live_);
    asl::destroy(cv, cv_live_);
    asl::destroy(v, v_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<long> containers() {
  return asl::start<containers_machine>();
}

inline void containers_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(v)) std::vector<int>{1, 2, 3};
      v_live_ = true;

      ::new (asl::place(cv)) const std::vector<int>{4, 5};
      cv_live_ = true;

      ::new (asl::place(m)) std::map<std::string, int>{{"a", 1}, {"b", 2}};
      m_live_ = true;

      ::new (asl::place(um)) std::unordered_map<std::string, int>{{"u", 7}};
      um_live_ = true;

      ::new (asl::place(dq)) std::deque<double>{0.5, 1.5};
      dq_live_ = true;

      ::new (asl::place(it)) std::vector<int>::iterator(v.begin());

      ::new (asl::place(cit)) std::vector<int>::const_iterator(cv.cbegin());

      ::new (asl::place(rit)) std::vector<int>::reverse_iterator(v.rbegin());

      ::new (asl::place(mit)) std::map<std::string, int>::iterator(m.find("b"));

      ::new (asl::place(cmit))
          std::map<std::string, int>::const_iterator(std::as_const(m).begin());

      ::new (asl::place(uit))
          std::unordered_map<std::string, int>::iterator(um.find("u"));

      ::new (asl::place(dit)) std::deque<double>::iterator(dq.end());

      n = v.size();

      ::new (asl::place(s)) std::string(greet("ann"));
      s_live_ = true;

      ::new (asl::place(view)) std::string_view(std::string_view(s));

      // co_await ev (line 78)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("%d %d %d %s=%d %s %s=%d %g %zu %s %zu\n", *it, *cit, *rit,
                  mit->first.c_str(), mit->second, cmit->first.c_str(),
                  uit->first.c_str(), uit->second, *(dit - 1), n, s.c_str(),
                  view.size());
      builder_.set_result(static_cast<long>(n) + mit->second);
      asl::destroy(s, s_live_);
      asl::destroy(dq, dq_live_);
      asl::destroy(um, um_live_);
      asl::destroy(m, m_live_);
      asl::destroy(cv, cv_live_);
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

// The state machine of loops(), line 86. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct loops_machine {
  loops_machine(std::vector<std::string> &names,
                std::map<std::string, int> &ages)
      : names(std::move(names)), ages(std::move(ages)) {}
  ~loops_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'names' may be kept
  // (line 89).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::vector<std::string> names;
  std::map<std::string, int> ages;
  std::vector<std::string> *range_;
  union {
    std::vector<std::string>::iterator begin_;
  };
  union {
    std::vector<std::string>::iterator end_;
  };
  const std::string *name1;
  std::map<std::string, int> *range_1;
  union {
    std::map<std::string, int>::iterator begin_1;
  };
  union {
    std::map<std::string, int>::iterator end_1;
  };
  std::pair<const std::string, int> *bindings8_;
  const std::string *name_;
  int *age_;
  union {
    std::string said;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
    asl::task_awaiter<std::string> awaiter2_;
    std::size_t spill0_;
  };
  union {
    asl::task_awaiter<std::string> awaiter3_;
  };
  int sum;
  int state_ = -1;
  bool said_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;
  bool awaiter3_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter3_, awaiter3_live_);
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(said, said_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> loops(std::vector<std::string> names,
                               std::map<std::string, int> ages) {
  return asl::start<loops_machine>(names, ages);
}

inline void loops_machine::move_next() {
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
    default:
      break;
    }
    {
      sum = 0;

      {
        range_ = std::addressof(names);
        ::new (asl::place(begin_))
            std::vector<std::string>::iterator((*range_).begin());
        ::new (asl::place(end_))
            std::vector<std::string>::iterator((*range_).end());
        for (; begin_ != end_; ++begin_) {
          name1 = std::addressof(*begin_);
          {
            // co_await ev (line 90)
            ::new (asl::place(awaiter0_))
                asl::event_awaiter(asl::get_awaiter(ev));
            awaiter0_live_ = true;
            if (!awaiter0_.await_ready()) {
              state_ = 0;
              builder_.await_on_completed(awaiter0_, *this);
              unwind_.release();
              return;
            resume0_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            awaiter0_.await_resume();
            asl::destroy(awaiter0_, awaiter0_live_);

            sum += static_cast<int>((*name1).size());
          }
        }
      }

      {
        range_1 = std::addressof(ages);
        ::new (asl::place(begin_1))
            std::map<std::string, int>::iterator((*range_1).begin());
        ::new (asl::place(end_1))
            std::map<std::string, int>::iterator((*range_1).end());
        for (; begin_1 != end_1; ++begin_1) {
          bindings8_ = std::addressof(*begin_1);
          name_ = std::addressof(std::get<0>((*bindings8_)));
          age_ = std::addressof(std::get<1>((*bindings8_)));
          {
            // co_await ev (line 94)
            ::new (asl::place(awaiter1_))
                asl::event_awaiter(asl::get_awaiter(ev));
            awaiter1_live_ = true;
            if (!awaiter1_.await_ready()) {
              state_ = 1;
              builder_.await_on_completed(awaiter1_, *this);
              unwind_.release();
              return;
            resume1_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            awaiter1_.await_resume();
            asl::destroy(awaiter1_, awaiter1_live_);

            sum += (*age_) + static_cast<int>((*name_).size());
          }
        }
      }

      // The awaiter of a Task<std::string>, and a size spilled across an await.
      // co_await fetch("hey") (line 98)
      ::new (asl::place(awaiter2_))
          asl::task_awaiter<std::string>{fetch("hey")};
      awaiter2_live_ = true;
      if (!awaiter2_.await_ready()) {
        state_ = 2;
        builder_.await_on_completed(awaiter2_, *this);
        unwind_.release();
        return;
      resume2_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      ::new (asl::place(said)) std::string(awaiter2_.await_resume());
      said_live_ = true;
      asl::destroy(awaiter2_, awaiter2_live_);

      spill0_ = names.size();
      // co_await fetch("x") (line 99)
      ::new (asl::place(awaiter3_)) asl::task_awaiter<std::string>{fetch("x")};
      awaiter3_live_ = true;
      if (!awaiter3_.await_ready()) {
        state_ = 3;
        builder_.await_on_completed(awaiter3_, *this);
        unwind_.release();
        return;
      resume3_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      sum += static_cast<int>(spill0_ + (awaiter3_.await_resume()).size());
      asl::destroy(awaiter3_, awaiter3_live_);

      builder_.set_result(sum + static_cast<int>(said.size()));
      asl::destroy(said, said_live_);
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

// The state machine of aliases(), line 103. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct aliases_machine {
  aliases_machine(inv::Items &items, Pool<std::string> &pool)
      : items(std::move(items)), pool(pool) {}
  ~aliases_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'items' may be kept
  // (line 104).
  static constexpr bool relocatable = false;

  asl::task_builder<long> builder_;
  inv::Items items;
  Pool<std::string> &pool;
  inv::Count count;
  union {
    inv::Item first;
  };
  union {
    inv::Items::iterator last;
  };
  union {
    inv::Vec<std::string> words;
  };
  union {
    std::string w;
  };
  std::size_t h;
  std::size_t sized;
  union {
    std::pair<int, std::string> local;
  };
  union {
    std::pair<int, std::string> copy;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool first_live_ = false;
  bool words_live_ = false;
  bool w_live_ = false;
  bool local_live_ = false;
  bool copy_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(copy, copy_live_);
    asl::destroy(local, local_live_);
    asl::destroy(w, w_live_);
    asl::destroy(words, words_live_);
    asl::destroy(first, first_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<long> aliases(inv::Items items, Pool<std::string> &pool) {
  return asl::start<aliases_machine>(items, pool);
}

inline void aliases_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      count = inv::total(items);

      ::new (asl::place(first)) inv::Item(items.front());
      first_live_ = true;

      ::new (asl::place(last)) inv::Items::iterator(items.end());

      ::new (asl::place(words)) inv::Vec<std::string>{"x", "yy"};
      words_live_ = true;

      ::new (asl::place(w)) std::string(words.back());
      w_live_ = true;

      h = pool.add("p");

      sized = pool.values.size();

      typedef std::pair<int, std::string> Local [[maybe_unused]];
      ::new (asl::place(local)) std::pair<int, std::string>{1, "one"};
      local_live_ = true;

      ::new (asl::place(copy)) std::pair<int, std::string>(local);
      copy_live_ = true;

      // co_await ev (line 114)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      std::printf("%ld %s %ld %s %zu %zu %d %s\n", count, first.name.c_str(),
                  (last - 1)->count, w.c_str(), h, sized, copy.first,
                  copy.second.c_str());
      builder_.set_result(count + static_cast<long>(h));
      asl::destroy(copy, copy_live_);
      asl::destroy(local, local_live_);
      asl::destroy(w, w_live_);
      asl::destroy(words, words_live_);
      asl::destroy(first, first_live_);
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

class Ledger {
  using Entry = std::pair<std::string, int>;
  using Entries = std::vector<Entry>;
  Entries entries_{{"rent", 5}, {"food", 3}};

public:
  struct sum_machine;
  ASL_ASYNC asl::Task<int> sum();
};

// The state machine of Ledger::sum(), line 127. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Ledger::sum_machine {
  explicit sum_machine(Ledger *this_) : this_(this_) {}
  ~sum_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'at' may be kept (line
  // 132).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Ledger *this_;
  union {
    Ledger::Entries all;
  };
  union {
    Ledger::Entry first;
  };
  union {
    Ledger::Entries::iterator at;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool all_live_ = false;
  bool first_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(first, first_live_);
    asl::destroy(all, all_live_);
  }

  void move_next();
};

inline asl::Task<int> Ledger::sum() { return asl::start<sum_machine>(this); }

inline void Ledger::sum_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(all)) Ledger::Entries(this_->entries_);
      all_live_ = true;

      ::new (asl::place(first)) Ledger::Entry(this_->entries_.front());
      first_live_ = true;

      ::new (asl::place(at)) Ledger::Entries::iterator(this_->entries_.begin());

      // co_await ev (line 131)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(first.second + at->second +
                          static_cast<int>(all.size()));
      asl::destroy(first, first_live_);
      asl::destroy(all, all_live_);
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

// Key is private: Vault's own member keeps `Vault::Key`, a function of
// the namespace spells it `std::string`.
class Vault {
  using Key = std::string;
  Key key_ = "k1";

public:
  Key key() const { return key_; }
  struct own_machine;
  ASL_ASYNC asl::Task<int> own();
};

// The state machine of Vault::own(), line 144. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct Vault::own_machine {
  explicit own_machine(Vault *this_) : this_(this_) {}
  ~own_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'k' may be kept (line
  // 147).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  Vault *this_;
  union {
    Vault::Key k;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  int state_ = -1;
  bool k_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(k, k_live_);
  }

  void move_next();
};

inline asl::Task<int> Vault::own() { return asl::start<own_machine>(this); }

inline void Vault::own_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(k)) Vault::Key(this_->key());
      k_live_ = true;

      // co_await ev (line 146)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(static_cast<int>(k.size()));
      asl::destroy(k, k_live_);
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

namespace {
using Score = int;
Score best() { return 9; }
} // namespace

// The state machine of outside(), line 156. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct outside_machine {
  explicit outside_machine(const Vault &vault) : vault(vault) {}
  ~outside_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'k' may be kept (line
  // 160).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  const Vault &vault;
  union {
    std::string k;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  Score score;
  int state_ = -1;
  bool k_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(k, k_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> outside(const Vault &vault) {
  return asl::start<outside_machine>(vault);
}

inline void outside_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(k)) std::string(vault.key());
      k_live_ = true;

      score = best();

      // co_await ev (line 159)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      builder_.set_result(static_cast<int>(k.size()) + score);
      asl::destroy(k, k_live_);
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

template <class C> struct walk_machine;

template <class C> ASL_ASYNC asl::Task<int> walk(C c) {
  return asl::start<walk_machine<C>>(c);
}

int main() {
  std::printf("containers %ld\n", asl::sync_wait(containers()));
  std::printf("loops %d\n", asl::sync_wait(loops({"ab", "c"}, {{"d", 4}})));
  Pool<std::string> pool;
  pool.add("zero");
  std::printf("aliases %ld\n",
              asl::sync_wait(aliases({{"bolt", 3}, {"nut", 4}}, pool)));
  Ledger ledger;
  std::printf("sum %d\n", asl::sync_wait(ledger.sum()));
  Vault vault;
  std::printf("own %d\n", asl::sync_wait(vault.own()));
  std::printf("outside %d\n", asl::sync_wait(outside(vault)));
  std::printf("walk %d\n",
              asl::sync_wait(walk(std::vector<std::string>{"a", "bcd"})));
}

// The machines of the specializations of the async templates, after every
// type they keep (docs/design.md, "Templates").
// The state machine of walk<std::vector<std::basic_string<char>>>(), line 163.
// state_ is -1 while it runs, N while it is suspended at co_await N, -2 once it
// has finished.
template <> struct walk_machine<std::vector<std::basic_string<char>>> {
  // The template's parameters, which the body names.
  using C = std::vector<std::basic_string<char>>;

  explicit walk_machine(
      std::vector<
          std::basic_string<char, std::char_traits<char>, std::allocator<char>>,
          std::allocator<std::basic_string<char, std::char_traits<char>,
                                           std::allocator<char>>>> &c)
      : c(std::move(c)) {}
  ~walk_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'c' may be kept (line
  // 164).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  std::vector<
      std::basic_string<char, std::char_traits<char>, std::allocator<char>>,
      std::allocator<std::basic_string<char, std::char_traits<char>,
                                       std::allocator<char>>>>
      c;
  union {
    std::vector<std::basic_string<char>>::iterator it;
  };
  std::size_t n;
  union {
    std::basic_string<char> e;
  };
  union {
    std::basic_string<char> copy;
  };
  std::vector<std::basic_string<char>> *range_;
  union {
    std::vector<std::basic_string<char>>::iterator begin_;
  };
  union {
    std::vector<std::basic_string<char>>::iterator end_;
  };
  union {
    std::basic_string<char> x;
  };
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
  };
  int sum;
  int state_ = -1;
  bool e_live_ = false;
  bool copy_live_ = false;
  bool x_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(x, x_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(copy, copy_live_);
    asl::destroy(e, e_live_);
  }

  void move_next();
};

inline void walk_machine<std::vector<std::basic_string<char>>>::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    case 1:
      goto resume1_;
    default:
      break;
    }
    {
      ::new (asl::place(it))
          std::vector<std::basic_string<char>>::iterator(c.begin());

      n = c.size();

      using Elem [[maybe_unused]] = typename C::value_type;
      ::new (asl::place(e)) std::basic_string<char>(*it);
      e_live_ = true;

      ::new (asl::place(copy)) std::basic_string<char>(e);
      copy_live_ = true;

      // co_await ev (line 169)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ev));
      awaiter0_live_ = true;
      if (!awaiter0_.await_ready()) {
        state_ = 0;
        builder_.await_on_completed(awaiter0_, *this);
        unwind_.release();
        return;
      resume0_:
        state_ = -1;
        builder_.rethrow_if_suspend_failed();
      }
      awaiter0_.await_resume();
      asl::destroy(awaiter0_, awaiter0_live_);

      sum = static_cast<int>(n);

      {
        range_ = std::addressof(c);
        ::new (asl::place(begin_))
            std::vector<std::basic_string<char>>::iterator((*range_).begin());
        ::new (asl::place(end_))
            std::vector<std::basic_string<char>>::iterator((*range_).end());
        for (; begin_ != end_; ++begin_) {
          ::new (asl::place(x)) std::basic_string<char>(*begin_);
          x_live_ = true;
          {
            // co_await ev (line 172)
            ::new (asl::place(awaiter1_))
                asl::event_awaiter(asl::get_awaiter(ev));
            awaiter1_live_ = true;
            if (!awaiter1_.await_ready()) {
              state_ = 1;
              builder_.await_on_completed(awaiter1_, *this);
              unwind_.release();
              return;
            resume1_:
              state_ = -1;
              builder_.rethrow_if_suspend_failed();
            }
            awaiter1_.await_resume();
            asl::destroy(awaiter1_, awaiter1_live_);

            sum += static_cast<int>(x.size());
            asl::destroy(x, x_live_);
          }
        }
      }

      builder_.set_result(sum + static_cast<int>(copy.size()));
      asl::destroy(copy, copy_live_);
      asl::destroy(e, e_live_);
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
