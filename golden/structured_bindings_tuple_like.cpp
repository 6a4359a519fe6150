// Structured bindings of tuple-like types that live across awaits: the
// standard makes each name a reference that get<I> initializes once, when the
// binding is declared. Checked: a member get<I>() (called once per name, not
// at every use), a free get<I> found by argument-dependent lookup that
// returns by value (its results live, and die before the object, as
// natively), std::tuple, and `auto &[...]` bound to an lvalue std::pair,
// whose names write through to it.
#include <asl/task.h>

#include <cstdio>
#include <string>
#include <tuple>
#include <utility>

asl::Event ready;

struct Triple {
  int a, b, c;
  template <std::size_t I> int &get() {
    std::printf("member get<%zu>\n", I);
    return I == 0 ? a : I == 1 ? b : c;
  }
};

namespace shop {
struct Label { // prints its whole life
  std::string text;
  explicit Label(std::string t) : text(std::move(t)) {
    std::printf("+label %s\n", text.c_str());
  }
  Label(Label &&other) : text(std::move(other.text)) {
    std::printf("+label %s (moved)\n", text.c_str());
  }
  ~Label() { std::printf("-label %s\n", text.c_str()); }
};
struct Item {
  std::string name;
  int price;
  ~Item() { std::printf("-item %s\n", name.c_str()); }
};
template <std::size_t I> auto get(const Item &item) {
  std::printf("adl get<%zu>\n", I);
  if constexpr (I == 0)
    return Label(item.name);
  else
    return item.price;
}
} // namespace shop

namespace std {
template <> struct tuple_size<Triple> : integral_constant<size_t, 3> {};
template <size_t I> struct tuple_element<I, Triple> {
  using type = int;
};
template <> struct tuple_size<shop::Item> : integral_constant<size_t, 2> {};
template <> struct tuple_element<0, shop::Item> {
  using type = shop::Label;
};
template <> struct tuple_element<1, shop::Item> {
  using type = int;
};
} // namespace std

std::pair<std::string, int> totals{"start", 0};

// The state machine of run(), line 66. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'label' may be kept
  // (line 74).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  int *x_;
  int *y_;
  int *z_;
  union {
    shop::Item bindings4_;
  };
  union {
    shop::Label label_;
  };
  union {
    std::tuple<std::string, int> bindings7_;
  };
  std::basic_string<char> *word_;
  int *count_;
  std::pair<std::string, int> *bindings10_;
  std::basic_string<char> *name_;
  int *total_;
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
    asl::event_awaiter awaiter2_;
  };
  union {
    Triple bindings0_;
  };
  union {
    int price_;
  };
  int state_ = -1;
  bool bindings4_live_ = false;
  bool label_live_ = false;
  bool bindings7_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(bindings7_, bindings7_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(label_, label_live_);
    asl::destroy(bindings4_, bindings4_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
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
    case 1:
      goto resume1_;
    case 2:
      goto resume2_;
    default:
      break;
    }
    {
      ::new (asl::place(bindings0_)) Triple(Triple{1, 2, 3});
      x_ = std::addressof(std::move(bindings0_).get<0>());
      y_ = std::addressof(std::move(bindings0_).get<1>());
      z_ = std::addressof(std::move(bindings0_).get<2>());

      // co_await ready (line 68)
      ::new (asl::place(awaiter0_)) asl::event_awaiter(asl::get_awaiter(ready));
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

      (*y_) += (*x_) + (*z_);
      std::printf("x=%d y=%d z=%d\n", (*x_), (*y_), (*z_));
      {
        ::new (asl::place(bindings4_)) shop::Item(shop::Item{"tea", 4});
        bindings4_live_ = true;
        ::new (asl::place(label_))
            shop::Label(shop::get<0>(std::move(bindings4_)));
        label_live_ = true;
        ::new (asl::place(price_)) int(shop::get<1>(std::move(bindings4_)));

        // co_await ready (line 73)
        ::new (asl::place(awaiter1_))
            asl::event_awaiter(asl::get_awaiter(ready));
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

        std::printf("%s costs %d\n", label_.text.c_str(), price_);
        asl::destroy(label_, label_live_);
        asl::destroy(bindings4_, bindings4_live_);
      }
      ::new (asl::place(bindings7_))
          std::tuple<std::string, int>(std::tuple<std::string, int>("many", 3));
      bindings7_live_ = true;
      word_ = asl::bound_address(std::get<0>(std::move(bindings7_)));
      count_ = asl::bound_address(std::get<1>(std::move(bindings7_)));

      bindings10_ = std::addressof(totals);
      name_ = std::addressof(std::get<0>((*bindings10_)));
      total_ = std::addressof(std::get<1>((*bindings10_)));

      // co_await ready (line 78)
      ::new (asl::place(awaiter2_)) asl::event_awaiter(asl::get_awaiter(ready));
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
      awaiter2_.await_resume();
      asl::destroy(awaiter2_, awaiter2_live_);

      (*name_) = (*word_);
      (*total_) += (*count_) * (*y_);
      std::printf("totals: %s %d\n", totals.first.c_str(), totals.second);
      builder_.set_result((*x_) + (*y_) + (*z_));
      asl::destroy(bindings7_, bindings7_live_);
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
  asl::Task<int> task = run();
  std::printf("suspended\n");
  ready.set();
  std::printf("result %d\n", asl::sync_wait(std::move(task)));
}
