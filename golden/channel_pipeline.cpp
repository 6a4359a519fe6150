// Checks a three-stage pipeline over bounded channels joined by when_all: a
// full channel makes the producer wait, close() lets the next stage drain the
// buffer and then see the end, and a later send fails with channel_closed.
#include <asl/channel.h>
#include <asl/task.h>
#include <asl/when_all.h>

#include <iostream>
#include <optional>
#include <string>

struct Order {
  int id;
  std::string item;
};

// The state machine of produce(), line 17. state_ is -1 while it runs, N while
// it is suspended at co_await N, -2 once it has finished.
struct produce_machine {
  explicit produce_machine(asl::Channel<Order> &orders) : orders(orders) {}
  ~produce_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'items' may be kept
  // (line 20).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::Channel<Order> &orders;
  union {
    const char *items[5];
  };
  const char *(*range_)[5];
  const char **begin_;
  const char **end_;
  const char *item;
  union {
    Order order;
  };
  union {
    asl::send_awaiter<Order> awaiter0_;
  };
  int sent;
  int state_ = -1;
  bool order_live_ = false;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(order, order_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> produce(asl::Channel<Order> &orders) {
  return asl::start<produce_machine>(orders);
}

inline void produce_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      ::new (asl::place(items))
          const char *[5]{"tea", "scone", "jam", "cream", "toast"};

      sent = 0;

      {
        range_ = std::addressof(items);
        begin_ = (*range_);
        end_ = (*range_) + 5;
        for (; begin_ != end_; ++begin_) {
          item = *begin_;
          {
            ::new (asl::place(order)) Order{sent + 1, item};
            order_live_ = true;

            std::cout << "produce #" << order.id << " " << order.item
                      << " (buffered " << orders.size() << ")\n";
            // co_await orders.send(std::move(order)) (line 24)
            ::new (asl::place(awaiter0_))
                asl::send_awaiter<Order>(orders.send(std::move(order)));
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

            ++sent;
            asl::destroy(order, order_live_);
          }
        }
      }

      orders.close();
      std::cout << "produce: closed after " << sent << "\n";
      builder_.set_result(std::move(sent));
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

// The state machine of label(), line 32. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct label_machine {
  label_machine(asl::Channel<Order> &orders, asl::Channel<std::string> &labels)
      : orders(orders), labels(labels) {}
  ~label_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'order' may be kept
  // (line 35).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  asl::Channel<Order> &orders;
  asl::Channel<std::string> &labels;
  union {
    std::optional<Order> order;
  };
  union {
    std::string text;
  };
  union {
    asl::receive_awaiter<Order> awaiter0_;
    asl::send_awaiter<std::string> awaiter1_;
  };
  int labelled;
  int state_ = -1;
  bool order_live_ = false;
  bool text_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(text, text_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(order, order_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> label(asl::Channel<Order> &orders,
                               asl::Channel<std::string> &labels) {
  return asl::start<label_machine>(orders, labels);
}

inline void label_machine::move_next() {
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
      labelled = 0;

      for (;;) {
        asl::destroy(order, order_live_);
        // co_await orders.receive() (line 35)
        ::new (asl::place(awaiter0_))
            asl::receive_awaiter<Order>(orders.receive());
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
        ::new (asl::place(order))
            std::optional<Order>(awaiter0_.await_resume());
        order_live_ = true;
        asl::destroy(awaiter0_, awaiter0_live_);
        if (!order)
          break;
        {
          ::new (asl::place(text))
              std::string("#" + std::to_string(order->id) + ":" + order->item);
          text_live_ = true;

          std::cout << "  label " << text << "\n";
          // co_await labels.send(std::move(text)) (line 38)
          ::new (asl::place(awaiter1_))
              asl::send_awaiter<std::string>(labels.send(std::move(text)));
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

          ++labelled;
          asl::destroy(text, text_live_);
        }
      }
      asl::destroy(order, order_live_);

      labels.close();
      std::cout << "  label: end of orders\n";
      builder_.set_result(std::move(labelled));
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

// The state machine of pack(), line 46. state_ is -1 while it runs, N while it
// is suspended at co_await N, -2 once it has finished.
struct pack_machine {
  pack_machine(asl::Channel<std::string> &labels, std::string &box)
      : labels(labels), box(box) {}
  ~pack_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::receive_awaiter<std::string>, int>;

  asl::task_builder<int> builder_;
  asl::Channel<std::string> &labels;
  std::string &box;
  union {
    asl::receive_awaiter<std::string> awaiter0_;
  };
  int packed;
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<int> pack(asl::Channel<std::string> &labels,
                              std::string &box) {
  return asl::start<pack_machine>(labels, box);
}

inline void pack_machine::move_next() {
  try {
    asl::unwind_guard unwind_([this] { destroy_live(); });
    switch (state_) {
    case 0:
      goto resume0_;
    default:
      break;
    }
    {
      packed = 0;

      for (;;) {
        // co_await labels.receive() (line 49)
        ::new (asl::place(awaiter0_))
            asl::receive_awaiter<std::string>(labels.receive());
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
        std::optional<std::string> text = awaiter0_.await_resume();
        asl::destroy(awaiter0_, awaiter0_live_);
        if (!text)
          break;
        {
          std::cout << "    pack " << *text << "\n";
          box += box.empty() ? *text : " " + *text;
          ++packed;
        }
      }

      std::cout << "    pack: end of labels\n";
      builder_.set_result(std::move(packed));
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

// The state machine of late_send(), line 58. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct late_send_machine {
  explicit late_send_machine(asl::Channel<std::string> &labels)
      : labels(labels) {}
  ~late_send_machine() { destroy_live(); }

  // Starts on the caller's stack and moves to the heap at its first suspension
  // if all of these may move bytewise (see asl::is_relocatable).
  static constexpr bool relocatable =
      asl::relocatable<asl::send_awaiter<std::string>>;

  asl::task_builder<bool> builder_;
  asl::Channel<std::string> &labels;
  union {
    asl::send_awaiter<std::string> awaiter0_;
  };
  int state_ = -1;
  bool awaiter0_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept { asl::destroy(awaiter0_, awaiter0_live_); }

  void move_next();
};

ASL_ASYNC asl::Task<bool> late_send(asl::Channel<std::string> &labels) {
  return asl::start<late_send_machine>(labels);
}

inline void late_send_machine::move_next() {
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
        asl::try_unwind_guard unwind_try_(
            unwind_, [&] { asl::destroy(awaiter0_, awaiter0_live_); });
        switch (state_) {
        case 0:
          goto resume0_;
        default:
          break;
        }

        // co_await labels.send("late") (line 60)
        ::new (asl::place(awaiter0_))
            asl::send_awaiter<std::string>(labels.send("late"));
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

      } catch (const asl::channel_closed &error) {
        std::cout << "late send: " << error.what() << "\n";
        builder_.set_result(false);
        unwind_.release();
        goto finish_;
      }
      builder_.set_result(true);
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

// The state machine of run_pipeline(), line 68. state_ is -1 while it runs, N
// while it is suspended at co_await N, -2 once it has finished.
struct run_pipeline_machine {
  run_pipeline_machine() {}
  ~run_pipeline_machine() { destroy_live(); }

  // Built in its heap box from the start: the address of 'orders' may be kept
  // (line 73).
  static constexpr bool relocatable = false;

  asl::task_builder<int> builder_;
  union {
    asl::Channel<Order> orders;
  };
  union {
    asl::Channel<std::string> labels;
  };
  union {
    std::string box;
  };
  union {
    asl::Task<int> producer;
  };
  union {
    asl::Task<int> labeller;
  };
  union {
    asl::Task<int> packer;
  };
  int *sent_;
  int *labelled_;
  int *packed_;
  union {
    asl::task_awaiter<std::tuple<int, int, int>> awaiter0_;
    asl::task_awaiter<bool> awaiter1_;
  };
  union {
    std::tuple<int, int, int> bindings6_;
  };
  int state_ = -1;
  bool orders_live_ = false;
  bool labels_live_ = false;
  bool box_live_ = false;
  bool producer_live_ = false;
  bool labeller_live_ = false;
  bool packer_live_ = false;
  bool awaiter0_live_ = false;
  bool awaiter1_live_ = false;

  // Destroys the lifted objects still alive, last constructed first: when an
  // exception leaves the body, or when the task is destroyed while suspended.
  void destroy_live() noexcept {
    asl::destroy(awaiter1_, awaiter1_live_);
    asl::destroy(awaiter0_, awaiter0_live_);
    asl::destroy(packer, packer_live_);
    asl::destroy(labeller, labeller_live_);
    asl::destroy(producer, producer_live_);
    asl::destroy(box, box_live_);
    asl::destroy(labels, labels_live_);
    asl::destroy(orders, orders_live_);
  }

  void move_next();
};

ASL_ASYNC asl::Task<int> run_pipeline() {
  return asl::start<run_pipeline_machine>();
}

inline void run_pipeline_machine::move_next() {
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
      ::new (asl::place(orders)) asl::Channel<Order>(2);
      orders_live_ = true;

      ::new (asl::place(labels)) asl::Channel<std::string>(0);
      labels_live_ = true;

      ::new (asl::place(box)) std::string;
      box_live_ = true;

      // Started in order (a call's arguments are evaluated in no fixed order).
      ::new (asl::place(producer)) asl::Task<int>(produce(orders));
      producer_live_ = true;

      ::new (asl::place(labeller)) asl::Task<int>(label(orders, labels));
      labeller_live_ = true;

      ::new (asl::place(packer)) asl::Task<int>(pack(labels, box));
      packer_live_ = true;

      // co_await at line 76
      ::new (asl::place(awaiter0_))
          asl::task_awaiter<std::tuple<int, int, int>>{asl::when_all(
              std::move(producer), std::move(labeller), std::move(packer))};
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
      ::new (asl::place(bindings6_))
          std::tuple<int, int, int>(awaiter0_.await_resume());
      sent_ = asl::bound_address(std::get<0>(std::move(bindings6_)));
      labelled_ = asl::bound_address(std::get<1>(std::move(bindings6_)));
      packed_ = asl::bound_address(std::get<2>(std::move(bindings6_)));
      asl::destroy(awaiter0_, awaiter0_live_);

      std::cout << "sent " << (*sent_) << ", labelled " << (*labelled_)
                << ", packed " << (*packed_) << "\n";
      std::cout << "box: " << box << "\n";
      // co_await late_send(labels) (line 81)
      ::new (asl::place(awaiter1_)) asl::task_awaiter<bool>{late_send(labels)};
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
      bool delivered = awaiter1_.await_resume();
      asl::destroy(awaiter1_, awaiter1_live_);

      std::cout << "late delivered: " << delivered << "\n";
      builder_.set_result((*sent_) == (*labelled_) ? (*packed_) : -1);
      asl::destroy(packer, packer_live_);
      asl::destroy(labeller, labeller_live_);
      asl::destroy(producer, producer_live_);
      asl::destroy(box, box_live_);
      asl::destroy(labels, labels_live_);
      asl::destroy(orders, orders_live_);
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
  int packed = asl::sync_wait(run_pipeline());
  std::cout << "done: " << packed << "\n";
  return packed == 5 ? 0 : 1;
}
