// Unnamed classes and enumerations reached through a template argument, a
// pointer to a pointer, an array, or a member of another unnamed class, in
// locals living across awaits: the machine spells each unnamed type
// through decltype of a name declared with it (or an alias), wherever it
// appears in the type (`std::pair<decltype(::config), int>`), taking off
// the arrays, pointers, references and cv-qualifiers of that name's type
// where it has them. Its scope may be a class template's specialization,
// or a namespace-scope anonymous union.
#include <asl/task.h>

#include <cstdio>
#include <type_traits>
#include <utility>
#include <vector>

asl::Event ev(true);

static struct {
  int retries;
} config = {3};

enum { kRed, kBlue };

static struct {
  int weight;
} crates[2] = {{5}, {6}};

static const struct {
  int limit;
} quota = {9};

static struct {
  struct {
    int x, y;
  } origin;
} layout = {{1, 2}};

namespace {
struct {
  int level;
} *current = nullptr;
}

static struct {
  int id;
} *slots[2] = {nullptr, nullptr};

typedef struct {
  int fd;
} *Handle;

template <class T> struct Holder {
  struct {
    T value;
  } inner;
};

static union {
  struct {
    int r;
  } nested;
  int raw;
};

// The state machine of run(), line 65. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'crate' may be kept
  // (line 69).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::vector<decltype(::kRed), std::allocator<decltype(::kRed)>> colors;
  };
  std::remove_all_extents_t<decltype(::crates)> *crate;
  std::remove_all_extents_t<decltype(::crates)> **to_crate;
  union {
    std::vector<decltype(decltype(::layout)::origin),
                std::allocator<decltype(decltype(::layout)::origin)>>
        copies;
  };
  std::remove_pointer_t<decltype(::current)> *level;
  union {
    std::pair<
        std::remove_pointer_t<std::remove_all_extents_t<decltype(::slots)>> *,
        int>
        slot;
  };
  std::remove_pointer_t<::Handle> *handle;
  union {
    std::vector<std::remove_pointer_t<::Handle>,
                std::allocator<std::remove_pointer_t<::Handle>>>
        handles;
  };
  union {
    asl::event_awaiter awaiter0_;
  };
  union {
    std::pair<decltype(::config), int> both;
  };
  union {
    std::pair<std::remove_cv_t<decltype(::quota)>,
              std::remove_cv_t<decltype(::quota)>>
        limits;
  };
  union {
    decltype(decltype(::layout)::origin) origin;
  };
  union {
    Holder<int> holder;
  };
  union {
    decltype(::Holder<int>::inner) held;
  };
  union {
    std::pair<decltype(::nested), int> inside;
  };
  int state_ = -1;
  bool colors_live_ = false;
  bool copies_live_ = false;
  bool handles_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(handles, handles_live_);
    asl::destroy(copies, copies_live_);
    asl::destroy(colors, colors_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run() { return asl::start<run_machine>(); }

inline void run_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(both))
          std::pair<decltype(::config), int>(std::make_pair(config, 1));

      ::new (asl::place(colors))
          std::vector<decltype(::kRed), std::allocator<decltype(::kRed)>>{
              kRed, kBlue, kBlue};
      colors_live_ = true;

      crate = &crates[1];

      to_crate = &crate;

      ::new (asl::place(limits)) std::pair<std::remove_cv_t<decltype(::quota)>,
                                           std::remove_cv_t<decltype(::quota)>>(
          std::make_pair(quota, quota));

      ::new (asl::place(origin)) decltype(decltype(::layout)::origin)(
          layout.origin);

      ::new (asl::place(copies))
          std::vector<decltype(decltype(::layout)::origin),
                      std::allocator<decltype(decltype(::layout)::origin)>>(
              std::vector<decltype(layout.origin)>(2, layout.origin));
      copies_live_ = true;

      level = current;

      ::new (asl::place(slot)) std::pair<
          std::remove_pointer_t<std::remove_all_extents_t<decltype(::slots)>> *,
          int>(std::make_pair(slots[0], 2));

      handle = nullptr;

      ::new (asl::place(handles))
          std::vector<std::remove_pointer_t<::Handle>,
                      std::allocator<std::remove_pointer_t<::Handle>>>(
              std::vector<std::remove_pointer_t<Handle>>(3));
      handles_live_ = true;

      ::new (asl::place(holder)) Holder<int>{{8}};

      ::new (asl::place(held)) decltype(::Holder<int>::inner)(holder.inner);

      nested.r = 20;
      ::new (asl::place(inside))
          std::pair<decltype(::nested), int>(std::make_pair(nested, 0));

      // co_await ev (line 81)
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

      builder_.set_result(
          both.first.retries + both.second + static_cast<int>(colors.size()) +
          (*to_crate)->weight + limits.second.limit + origin.y + copies[1].x +
          (level == nullptr ? 100 : 0) +
          (slot.first == nullptr ? slot.second : 0) +
          static_cast<int>(handles.size()) + (handle == nullptr ? 1 : 0) +
          held.value + inside.first.r);
      asl::destroy(handles, handles_live_);
      asl::destroy(copies, copies_live_);
      asl::destroy(colors, colors_live_);
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

int main() { std::printf("r %d\n", asl::sync_wait(run())); }
