// Rvalue references that live across awaits and bind xvalues, which
// std::addressof refuses: `T &&r = std::move(x);`, a function returning
// `T &&`, and a range-for variable `auto &&` over move iterators. Each is
// kept as a pointer to the object it binds, and writes through it reach that
// object, as natively.
#include <asl/task.h>

#include <cstdio>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

asl::Event ready;

struct Box {
  std::string text;
  std::string &&take() { return std::move(text); }
};

// The state machine of run(), line 21. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct run_machine {
  run_machine() {}
  ~run_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'word' may be kept
  // (line 23).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    std::string word;
  };
  std::string *moved;
  union {
    Box box;
  };
  std::string *taken;
  union {
    std::vector<std::string> names;
  };
  union {
    std::vector<std::string> range_;
  };
  union {
    std::vector<std::string>::iterator begin_;
  };
  union {
    std::vector<std::string>::iterator end_;
  };
  std::basic_string<char, std::char_traits<char>, std::allocator<char>> *name;
  union {
    std::vector<std::string> kept;
  };
  union {
    std::move_iterator<
        __gnu_cxx::__normal_iterator<std::string *, std::vector<std::string>>>
        it;
  };
  std::string *element;
  union {
    asl::event_awaiter awaiter0_;
    asl::event_awaiter awaiter1_;
    asl::event_awaiter awaiter2_;
  };
  int state_ = -1;
  bool word_live_ = false;
  bool box_live_ = false;
  bool names_live_ = false;
  bool range_live_ = false;
  bool kept_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;
  bool awaiter2_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter2_, awaiter2_live_);
    asl::destroy(kept, kept_live_);
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(range_, range_live_);
    asl::destroy(names, names_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(box, box_live_);
    asl::destroy(word, word_live_);
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
      ::new (asl::place(word)) std::string("tea");
      word_live_ = true;

      moved = asl::bound_address(std::move(word));

      ::new (asl::place(box)) Box{"cup"};
      box_live_ = true;

      taken = asl::bound_address(box.take());

      // co_await ready (line 26)
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

      (*moved) += "pot";
      (*taken) += "board";
      std::printf("word %s, box %s\n", word.c_str(), box.text.c_str());

      ::new (asl::place(names)) std::vector<std::string>{"a", "b"};
      names_live_ = true;

      {
        ::new (asl::place(range_)) std::vector<std::string>(
            std::vector<std::string>(std::make_move_iterator(names.begin()),
                                     std::make_move_iterator(names.end())));
        range_live_ = true;
        ::new (asl::place(begin_))
            std::vector<std::string>::iterator(range_.begin());
        ::new (asl::place(end_))
            std::vector<std::string>::iterator(range_.end());
        for (; begin_ != end_; ++begin_) {
          name = std::addressof(*begin_);
          {
            // co_await ready (line 35)
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

            (*name) += "!";
            std::printf("name %s\n", (*name).c_str());
          }
        }
        asl::destroy(range_, range_live_);
      }

      ::new (asl::place(kept)) std::vector<std::string>{"x", "y"};
      kept_live_ = true;

      for (::new (asl::place(it))
               std::move_iterator<__gnu_cxx::__normal_iterator<
                   std::string *, std::vector<std::string>>>(
                   std::make_move_iterator(kept.begin()));
           it != std::make_move_iterator(kept.end()); ++it) {
        element = asl::bound_address(*it);

        // co_await ready (line 43)
        ::new (asl::place(awaiter2_))
            asl::event_awaiter(asl::get_awaiter(ready));
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

        (*element) += "?";
      }
      std::printf("kept %s %s\n", kept[0].c_str(), kept[1].c_str());
      builder_.set_result(static_cast<int>(word.size() + box.text.size()));
      asl::destroy(kept, kept_live_);
      asl::destroy(names, names_live_);
      asl::destroy(box, box_live_);
      asl::destroy(word, word_live_);
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
