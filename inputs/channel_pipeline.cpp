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

ASL_ASYNC asl::Task<int> produce(asl::Channel<Order> &orders) {
  const char *items[] = {"tea", "scone", "jam", "cream", "toast"};
  int sent = 0;
  for (const char *item : items) {
    Order order{sent + 1, item};
    std::cout << "produce #" << order.id << " " << order.item << " (buffered "
              << orders.size() << ")\n";
    co_await orders.send(std::move(order));
    ++sent;
  }
  orders.close();
  std::cout << "produce: closed after " << sent << "\n";
  co_return sent;
}

ASL_ASYNC asl::Task<int> label(asl::Channel<Order> &orders,
                               asl::Channel<std::string> &labels) {
  int labelled = 0;
  while (std::optional<Order> order = co_await orders.receive()) {
    std::string text = "#" + std::to_string(order->id) + ":" + order->item;
    std::cout << "  label " << text << "\n";
    co_await labels.send(std::move(text));
    ++labelled;
  }
  labels.close();
  std::cout << "  label: end of orders\n";
  co_return labelled;
}

ASL_ASYNC asl::Task<int> pack(asl::Channel<std::string> &labels,
                              std::string &box) {
  int packed = 0;
  while (std::optional<std::string> text = co_await labels.receive()) {
    std::cout << "    pack " << *text << "\n";
    box += box.empty() ? *text : " " + *text;
    ++packed;
  }
  std::cout << "    pack: end of labels\n";
  co_return packed;
}

ASL_ASYNC asl::Task<bool> late_send(asl::Channel<std::string> &labels) {
  try {
    co_await labels.send("late");
  } catch (const asl::channel_closed &error) {
    std::cout << "late send: " << error.what() << "\n";
    co_return false;
  }
  co_return true;
}

ASL_ASYNC asl::Task<int> run_pipeline() {
  asl::Channel<Order> orders(2);
  asl::Channel<std::string> labels(0);
  std::string box;
  // Started in order (a call's arguments are evaluated in no fixed order).
  asl::Task<int> producer = produce(orders);
  asl::Task<int> labeller = label(orders, labels);
  asl::Task<int> packer = pack(labels, box);
  auto [sent, labelled, packed] = co_await asl::when_all(
      std::move(producer), std::move(labeller), std::move(packer));
  std::cout << "sent " << sent << ", labelled " << labelled << ", packed "
            << packed << "\n";
  std::cout << "box: " << box << "\n";
  bool delivered = co_await late_send(labels);
  std::cout << "late delivered: " << delivered << "\n";
  co_return sent == labelled ? packed : -1;
}

int main() {
  int packed = asl::sync_wait(run_pipeline());
  std::cout << "done: " << packed << "\n";
  return packed == 5 ? 0 : 1;
}
