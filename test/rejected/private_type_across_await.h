// A class of another file, which the lowering does not edit, keeping its
// ticket type private (test/rejected/private_type_across_await.cpp).
#pragma once
#include <string>

class Registry {
  struct Ticket {
    int id;
    std::string owner;
  };

public:
  Ticket issue(std::string who) { return Ticket{++next_, std::move(who)}; }

private:
  int next_ = 0;
};
